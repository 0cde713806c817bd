"""Problems no flow of the main account covers, each told by several near-identical sessions.

The sessions of one story share their path (optional beats make it vary slightly) but are
worded differently, so the product can show similar proposals being merged.
"""

from __future__ import annotations

from flywheel.demo.model import Ask, Fix, Story, Try

YES_NO = (("yes", "Yes"), ("no", "No"))

MFA_PUSH = Story(
    key="mfa-push-missing",
    domain="security",
    team="service-desk",
    summaries=(
        "{first} not getting Microsoft Authenticator push notifications on the new phone",
        "MFA push never arrives on {first}'s {phone}, sign-in times out",
        "Authenticator approvals not showing up on the phone for {user}",
        "No MFA prompt on mobile after a phone upgrade ({client})",
    ),
    beats=(
        Ask(
            ("Did the user recently replace or reset the phone?",
             "Has {first} changed or restored the phone lately?"),
            (("new-phone", "Yes, new or restored phone"), ("same-phone", "No, same phone")),
            "new-phone",
        ),
        Ask(
            ("Are notifications allowed for Microsoft Authenticator on the phone?",
             "Does the phone allow Authenticator to show notifications?"),
            (("allowed", "Allowed"), ("blocked", "Blocked or Focus mode on"),
             ("unsure", "Not sure")),
            "allowed",
            optional=True,
        ),
        Try(
            ("Check the user's authentication methods in Entra ID",
             "Review the registered MFA methods for {login} in the Entra admin center"),
            ("Authenticator still registered to the old device; no active push token",
             "Methods list shows the old phone as the default method"),
        ),
        Try(
            ("Delete the stale Authenticator method and issue a Temporary Access Pass",
             "Remove the old Authenticator registration and create a one-hour TAP"),
            ("Old method removed; TAP issued", "TAP valid for 60 minutes sent to the user"),
        ),
        Try(
            ("User re-registers Authenticator at mysignins.microsoft.com",
             "Walk {first} through re-adding the account in Authenticator"),
            ("Registration complete; test push approved", "New phone registered, push works"),
        ),
        Fix((
            "Removed the Authenticator registration left from the old phone, issued a "
            "Temporary Access Pass and had the user re-register; push notifications arrive.",
            "Push notifications were going to the old phone's registration: deleted it, "
            "re-registered Authenticator on the new phone with a TAP.",
            "Stale Authenticator method after a phone change; re-registered the app using a "
            "Temporary Access Pass and push approvals work again.",
        )),
    ),
    resolution=(
        "Re-registered Microsoft Authenticator after phone change",
        "Stale Authenticator registration removed; user re-registered with TAP",
        "MFA push fixed by re-registering Authenticator",
    ),
    copies=5,
)

TEAMS_ECHO = Story(
    key="teams-echo",
    domain="m365",
    team="service-desk",
    summaries=(
        "Other participants hear an echo when {first} joins Teams meetings",
        "Teams meeting audio echo from {user}'s laptop",
        "Echo in Teams calls whenever {first} speaks ({client})",
    ),
    beats=(
        Ask(
            ("Do the other participants hear their own voice echoed?",
             "Is it the others who hear an echo of themselves?"),
            YES_NO,
            "yes",
        ),
        Ask(
            ("Which audio device does the user use in meetings?",
             "What is {first} using for meeting audio?"),
            (("laptop", "Laptop speakers and microphone"), ("headset", "A headset"),
             ("speakerphone", "A conference speakerphone")),
            "laptop",
        ),
        Try(
            ("Check whether a second device in the room joined the meeting with audio on",
             "Ask whether anyone nearby is in the same meeting on another device"),
            ("A colleague's laptop in the same room was also joined with audio",
             "No second device in the room"),
            optional=True,
        ),
        Try(
            ("Test the meeting with a headset instead of the laptop speakers",
             "Join a test meeting with a USB headset"),
            ("Echo stops with the headset", "No echo reported with the headset on"),
        ),
        Try(
            "Set Teams noise suppression to High",
            "Noise suppression set to High",
            optional=True,
        ),
        Fix((
            "The laptop speakers fed back into the built-in microphone; the user now joins "
            "meetings with a headset, and noise suppression is set to High.",
            "Echo came from laptop speaker output picked up by the laptop mic; switched the "
            "user to a headset for Teams meetings.",
        )),
    ),
    resolution=(
        "Headset instead of laptop speakers; echo gone",
        "Teams echo from speaker feedback fixed with a headset",
    ),
    copies=4,
)

BITLOCKER_BIOS = Story(
    key="bitlocker-after-bios",
    domain="security",
    team="service-desk",
    summaries=(
        "BitLocker recovery key prompt on {host} after a BIOS update",
        "{first}'s laptop asks for the BitLocker recovery key after a firmware update",
        "Recovery screen at boot on {host} following the BIOS update ({client})",
    ),
    beats=(
        Ask(
            ("Was a BIOS or firmware update installed just before the prompt?",
             "Did the laptop get a BIOS update right before this?"),
            YES_NO,
            "yes",
        ),
        Try(
            ("Look up the recovery key in Entra ID by the key ID shown on screen",
             "Find the recovery key for {host} in Intune (key ID {keyid})"),
            ("Key ID {keyid} found; key read to the user after identity check",
             "48-digit recovery key located and given to {first}"),
        ),
        Try(
            "Reseal BitLocker to the TPM: suspend and resume protection after the boot",
            ("manage-bde -protectors -disable C: then -enable done",
             "Protection suspended and resumed; next boot without prompt"),
        ),
        Ask(
            ("Does the vendor update tool suspend BitLocker before firmware updates?",
             "Is BitLocker suspension enabled in the BIOS update tool settings?"),
            YES_NO,
            "no",
            optional=True,
        ),
        Fix((
            "Unlocked with the recovery key from Entra ID, resealed the TPM protector after "
            "the BIOS update and set the update tool to suspend BitLocker first.",
            "BIOS update changed the TPM measurements; entered the recovery key, suspended and "
            "resumed BitLocker, and enabled auto-suspend in the firmware tool.",
        )),
    ),
    resolution=(
        "Recovery key entered; TPM protector resealed",
        "BitLocker recovery after BIOS update; auto-suspend enabled",
    ),
    copies=4,
)

ONEDRIVE_STUCK = Story(
    key="onedrive-processing",
    domain="m365",
    team="service-desk",
    summaries=(
        "OneDrive stuck on 'Processing changes' for {user}",
        "{first}'s OneDrive has not synced for days, shows processing changes",
        "OneDrive sync stuck on {host} ({client})",
    ),
    beats=(
        Ask(
            ("What does the OneDrive icon show?", "What status does OneDrive report?"),
            (("processing", "Processing changes"), ("paused", "Sync paused"),
             ("error", "A red X or sync error")),
            "processing",
        ),
        Ask(
            "Roughly how many files are synced?",
            (("few", "Fewer than 100,000"), ("many", "More than 300,000")),
            "few",
            optional=True,
        ),
        Try(
            ("Look for invalid names, paths over 400 characters and open Office files",
             "Check the sync issues list for long paths and locked files"),
            ("A project folder path exceeds 400 characters",
             "{count} files with paths too long found"),
        ),
        Try(
            ("Shorten the long folder names", "Rename the deep project folders"),
            "Paths shortened with the user",
        ),
        Try(
            "Reset OneDrive with onedrive.exe /reset",
            ("Reset done; resync started", "OneDrive reset and signed back in"),
        ),
        Fix((
            "Shortened over-long paths and reset the OneDrive client; sync completed and "
            "'Processing changes' cleared.",
            "OneDrive was stuck on files with paths over 400 characters; renamed them and reset "
            "OneDrive to finish the sync.",
        )),
    ),
    resolution=(
        "Long paths fixed and OneDrive reset",
        "OneDrive sync restored after path cleanup and reset",
    ),
    copies=4,
)

SHARED_MAILBOX = Story(
    key="shared-mailbox-missing",
    domain="m365",
    team="service-desk",
    summaries=(
        "Shared mailbox {shared} not appearing in {first}'s Outlook",
        "{user} has access to {shared} but cannot see it in Outlook",
        "New shared mailbox missing from Outlook folder pane ({client})",
    ),
    beats=(
        Ask(
            ("Was Full Access to the shared mailbox granted recently?",
             "When was {first} given access to the shared mailbox?"),
            (("recent", "Within the last day"), ("older", "Longer ago")),
            "recent",
        ),
        Try(
            ("Check the permission with Get-MailboxPermission",
             "Get-MailboxPermission -Identity {shared} for {login}"),
            ("FullAccess present, granted through a group",
             "FullAccess granted via a mail-enabled security group"),
        ),
        Ask(
            "Does the mailbox open in Outlook on the web?",
            YES_NO,
            "yes",
            optional=True,
        ),
        Try(
            ("Grant Full Access directly to the user with AutoMapping on",
             "Add-MailboxPermission for {login} with -AutoMapping $true"),
            "Direct permission added",
        ),
        Try(
            "Restart Outlook and wait for Autodiscover to refresh",
            ("Mailbox appeared after {minutes} minutes", "Shows up after restart"),
        ),
        Fix((
            "Access granted through a group does not auto-map; granted Full Access directly "
            "with AutoMapping and the shared mailbox appears in Outlook.",
            "Re-granted Full Access to the user directly (AutoMapping on); after an Outlook "
            "restart the shared mailbox shows in the folder pane.",
        )),
    ),
    resolution=(
        "Direct Full Access with AutoMapping",
        "Shared mailbox auto-mapped after direct permission",
    ),
    copies=4,
)

DOCK_MONITORS = Story(
    key="dock-monitors",
    domain="hardware",
    team="service-desk",
    summaries=(
        "External monitors not detected through the dock on {host}",
        "{first}'s screens stay black when docked",
    ),
    beats=(
        Ask(
            "Which kind of dock is it?",
            (("thunderbolt", "Thunderbolt dock"), ("displaylink", "USB-C DisplayLink dock")),
            "thunderbolt",
        ),
        Try(
            "Update the dock firmware and the Thunderbolt controller driver",
            ("Firmware updated from 01.00.14 to 01.00.20", "Dock firmware and driver updated"),
        ),
        Try(
            "Approve the dock in Thunderbolt Control Center",
            "Dock approved",
            optional=True,
        ),
        Fix(
            "Updated the dock firmware and Thunderbolt driver and approved the dock; both "
            "external monitors are detected."
        ),
    ),
    resolution=("Dock firmware updated; monitors detected",),
    copies=3,
)

AZURE_RDP = Story(
    key="azure-vm-rdp",
    domain="cloud",
    team="infrastructure",
    summaries=(
        "Cannot RDP to the Azure VM {vm} since yesterday",
        "Azure server {vm} unreachable over remote desktop ({client})",
    ),
    beats=(
        Try(
            "Check the VM's effective security rules in the Azure portal",
            "Inbound 3389 from the jump host denied by a new deny-all rule",
        ),
        Ask(
            "Was the network security group changed recently?",
            YES_NO,
            "yes",
        ),
        Try(
            "Add an allow rule for the jump host with a higher priority than the deny rule",
            "Rule added at priority 100",
        ),
        Fix(
            "A new NSG deny rule blocked RDP; added a higher-priority allow rule for the jump "
            "host and RDP works."
        ),
    ),
    resolution=("NSG rule fixed for RDP from the jump host",),
    copies=2,
)

DEFAULT_STORIES = (
    MFA_PUSH, TEAMS_ECHO, BITLOCKER_BIOS, ONEDRIVE_STUCK, SHARED_MAILBOX, DOCK_MONITORS,
    AZURE_RDP,
)
