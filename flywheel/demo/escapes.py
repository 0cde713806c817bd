"""Cases the main account's flows have no branch for (each told by a couple of sessions).

Every escape follows its flow for one to three decisions, then the engineer types what the
flow did not offer and the session carries on with steps the flow does not know.
"""

from __future__ import annotations

from flywheel.demo.model import Ask, Escape, Fix, Try

YES_NO = (("yes", "Yes"), ("no", "No"))

AD_ESCAPES = (
    Escape(
        flow_id="ad-account-lockout",
        at="q-source",
        typed=(
            "None of these: NPS logs show the failures come from the corporate Wi-Fi "
            "(802.1X), the laptop still has the old password saved for the SSID",
            "caller is the RADIUS/NPS server, it's the Wi-Fi profile on {first}'s devices "
            "retrying the old password",
        ),
        summaries=(
            "{user} locked out every few minutes; source is the office Wi-Fi",
            "Recurring lockouts for {login} traced to 802.1X Wi-Fi authentication",
        ),
        tail=(
            Try(
                ("Check the NPS log for the user's authentication attempts",
                 "Search the NPS accounting log for {login}"),
                ("Reason code 16 (bad credentials) from {host} and a {phone}",
                 "{count} rejected 802.1X attempts in the last hour from two devices"),
            ),
            Ask(
                "Which device still has the old Wi-Fi credentials?",
                (("laptop", "The laptop"), ("phone", "The phone"), ("both", "Both")),
                "both",
            ),
            Try(
                ("Forget the corporate SSID on each device and reconnect with the new password",
                 "Removed the saved corporate Wi-Fi profile on both devices and rejoined"),
                ("Both devices reconnected with the new credentials",
                 "Rejoined; NPS now shows access granted"),
            ),
            Fix((
                "Removed the stale corporate Wi-Fi (802.1X) profiles holding the old password "
                "on the laptop and phone, reconnected with the new password and unlocked the "
                "account.",
                "The lockouts came from Wi-Fi 802.1X retries with the old password: forgot the "
                "SSID on both devices, rejoined with new credentials, unlocked the account.",
            )),
        ),
        resolution=(
            "Stale 802.1X Wi-Fi profiles with the old password removed",
            "Wi-Fi profile on laptop and phone updated; lockouts stopped",
        ),
    ),
    Escape(
        flow_id="ad-account-lockout",
        at="q-source",
        typed=(
            "caller computer is the RDS host {vm}, {first} has a disconnected session "
            "there from before the password change",
            "It's the terminal server: an old disconnected RDP session still running as "
            "{login}",
        ),
        summaries=(
            "{user} keeps locking out; old RDP session on {vm} is the source",
            "Lockouts for {login} caused by a disconnected remote desktop session",
        ),
        tail=(
            Try(
                ("Run query user on the RDS host", "List sessions on {vm} with query user"),
                ("{login} has a session in Disc state since {count} days",
                 "Disconnected session for {login} found, idle for days"),
            ),
            Try(
                ("Log off the disconnected session", "logoff the stale session id on {vm}"),
                "Session logged off",
            ),
            Try(
                "Set a session limit for disconnected sessions on the collection",
                "Disconnected sessions now end after 2 hours",
                optional=True,
            ),
            Fix((
                "Logged off the user's disconnected RDP session on the RDS host, which kept "
                "retrying the old password, and unlocked the account.",
                "A disconnected remote desktop session from before the password change was "
                "locking the account; logged it off and unlocked the user.",
            )),
        ),
        resolution=(
            "Logged off stale RDS session holding old credentials",
            "Disconnected RDP session ended; account unlocked",
        ),
    ),
    Escape(
        flow_id="ad-account-lockout",
        at="q-message",
        typed=(
            "Windows sign-in works, but the Microsoft 365 portal says the account is "
            "locked: 'Your account has been locked'",
            "on-prem is fine, it's the cloud sign-in that says locked, Office web and "
            "Teams both refuse",
        ),
        summaries=(
            "{user} locked out of Microsoft 365 while AD shows no lockout",
            "Entra ID says {login} is locked; Windows sign-in works fine",
        ),
        tail=(
            Ask(
                ("Do the Entra ID sign-in logs show error 50053 for the user?",
                 "Is there error 50053 (account locked) in the sign-in logs?"),
                YES_NO,
                "yes",
            ),
            Try(
                ("Review the failed sign-ins' client apps and IP addresses",
                 "Filter the sign-in log for {login} by client app"),
                ("Hundreds of legacy IMAP attempts from {public_ip}",
                 "Legacy authentication attempts from abroad, {count} per minute"),
            ),
            Try(
                "Block legacy authentication with a Conditional Access policy",
                "Policy enabled for all users at {client}",
            ),
            Fix((
                "Entra ID Smart Lockout was triggered by legacy-authentication attacks; blocked "
                "legacy auth with Conditional Access and reset the user's password.",
                "Cloud lockout (50053) caused by IMAP password guessing; Conditional Access now "
                "blocks legacy authentication and the password was reset.",
            )),
        ),
        resolution=(
            "Entra Smart Lockout from legacy auth; legacy authentication blocked",
            "Blocked legacy auth via Conditional Access, password reset",
        ),
    ),
)

VPN_ESCAPES = (
    Escape(
        flow_id="vpn-cannot-connect",
        at="q-nat",
        typed=(
            "user is on hotel Wi-Fi with a captive portal, they never accepted the terms "
            "page so only some sites load",
            "she's in a hotel and the Wi-Fi wants a room number login first",
        ),
        summaries=(
            "{user} cannot connect to the VPN from a hotel",
            "VPN error 809 for {first} while travelling",
        ),
        tail=(
            Try(
                ("Open http://neverssl.com in a browser to trigger the captive portal",
                 "Browse to a plain http site so the hotel portal shows up"),
                ("Portal page appeared asking for a room number",
                 "Hotel login page loaded"),
            ),
            Ask(
                "Did the portal accept the login?",
                (("accepted", "Yes, accepted"), ("refused", "No, refused")),
                "accepted",
            ),
            Try("Reconnect the VPN", "Connected on the SSTP profile"),
            Fix((
                "The hotel Wi-Fi's captive portal had not been completed; signed in through "
                "the portal, then the VPN connected.",
                "Completed the hotel captive-portal login (via an http page) and reconnected "
                "the VPN.",
            )),
        ),
        resolution=(
            "Captive portal login completed; VPN connected",
            "Hotel captive portal was blocking the tunnel",
        ),
    ),
    Escape(
        flow_id="vpn-cannot-connect",
        at="q-internet",
        typed=(
            "internet works, but they installed a third-party security suite yesterday and "
            "its firewall seems to block the VPN",
            "browsing fine; the new antivirus firewall pops up a 'blocked connection' "
            "message every time the VPN starts",
        ),
        summaries=(
            "VPN stopped working on {host} after installing a security suite",
            "{user}'s VPN blocked by the new antivirus firewall",
        ),
        tail=(
            Try(
                ("Pause the security suite's firewall module and retry",
                 "Temporarily disable the third-party firewall and reconnect"),
                ("VPN connected with the firewall paused",
                 "Tunnel comes up as soon as the firewall module is off"),
            ),
            Ask(
                "Is the security suite managed by us?",
                (("managed", "Yes, from our console"), ("personal", "No, user installed it")),
                "personal",
            ),
            Try(
                "Uninstall the personal security suite and re-enable Microsoft Defender",
                "Removed; Defender firewall back on",
            ),
            Fix((
                "A user-installed security suite's firewall blocked IPsec; removed it, turned "
                "Microsoft Defender back on and the VPN connects.",
                "Uninstalled the personal antivirus whose firewall dropped the VPN traffic and "
                "restored Defender.",
            )),
        ),
        resolution=(
            "Removed third-party firewall blocking the VPN",
            "Personal security suite uninstalled; VPN works",
        ),
    ),
    Escape(
        flow_id="vpn-cannot-connect",
        at="q-split",
        typed=(
            "nothing works by IP either, but the home router uses 10.20.x.x, the same "
            "range as the office",
            "their home network is on the same subnet as the office LAN",
        ),
        summaries=(
            "VPN connects but {first} reaches nothing internal from home",
            "{user}: VPN up, file shares unreachable (home LAN overlap)",
        ),
        tail=(
            Ask(
                "Does the home router's subnet overlap the office subnets?",
                YES_NO,
                "yes",
            ),
            Try(
                ("Change the home router's LAN range to 192.168.50.0/24 and renew the lease",
                 "Walked the user through moving the router's DHCP range to 192.168.50.x"),
                ("Router now hands out 192.168.50.x", "Laptop got 192.168.50.23"),
            ),
            Fix((
                "The home LAN used the same range as the office, so traffic never entered the "
                "tunnel; moved the home router to 192.168.50.0/24 and the VPN works.",
                "Resolved a subnet overlap between the home network and the office by "
                "renumbering the home router.",
            )),
        ),
        resolution=(
            "Home subnet overlapped office range; router renumbered",
            "Changed home router DHCP range to avoid overlap",
        ),
    ),
)

OUTLOOK_ESCAPES = (
    Escape(
        flow_id="outlook-mailbox",
        at="q-owa",
        typed=(
            "OWA is fine and Outlook works on a phone hotspot; it only disconnects on the "
            "office network",
            "only disconnected in the office, at home it's fine",
        ),
        summaries=(
            "Outlook disconnected only on the {client} office network",
            "{user}: Outlook offline in the office, fine at home",
        ),
        tail=(
            Ask(
                "Does the office firewall inspect TLS traffic to Microsoft 365?",
                YES_NO,
                "yes",
            ),
            Try(
                ("Add the Microsoft 365 Optimize endpoints to the TLS inspection bypass list",
                 "Exclude outlook.office365.com and the M365 endpoints from SSL inspection"),
                ("Bypass rule published on the firewall", "Exclusion added and pushed"),
            ),
            Fix((
                "The office firewall's TLS inspection broke Outlook's connection; excluded the "
                "Microsoft 365 endpoints from inspection.",
                "Added the Microsoft 365 endpoints to the SSL inspection bypass; Outlook stays "
                "connected in the office.",
            )),
        ),
        resolution=(
            "Excluded Microsoft 365 from firewall TLS inspection",
            "TLS inspection bypass for M365 endpoints",
        ),
    ),
    Escape(
        flow_id="outlook-mailbox",
        at="q-prompt",
        typed=(
            "the prompt started after {first}'s name change, it pre-fills the old email "
            "address",
            "user got married and her UPN changed, Outlook asks for the old address",
        ),
        summaries=(
            "Outlook prompts with the old address after {first}'s name change",
            "{user} renamed; Outlook keeps asking for the previous UPN",
        ),
        tail=(
            Try(
                "Remove the old account under Settings > Accounts > Access work or school",
                "Old work account disconnected on {host}",
            ),
            Try(
                ("Create a new Outlook profile with the new address",
                 "New mail profile using {login}@{domain}"),
                "Profile created and mailbox syncing",
            ),
            Fix((
                "After the UPN change the device still held the old work account; removed it, "
                "signed in with the new address and created a new Outlook profile.",
                "Re-created the Outlook profile and work account with the user's new UPN after "
                "the name change.",
            )),
        ),
        resolution=(
            "New Outlook profile with the new UPN after name change",
            "Old work account removed; signed in with new UPN",
        ),
    ),
    Escape(
        flow_id="outlook-mailbox",
        at="q-archive",
        typed=(
            "the mailbox itself is not full; the warning is about Recoverable Items, the "
            "mailbox is on litigation hold",
            "Recoverable Items folder hit its limit because of the legal hold",
        ),
        summaries=(
            "{user}'s mailbox on hold: Recoverable Items quota reached",
            "Cannot delete mail for {login}, Recoverable Items full (litigation hold)",
        ),
        tail=(
            Try(
                ("Check the Recoverable Items size with Get-MailboxFolderStatistics",
                 "Get-MailboxFolderStatistics -FolderScope RecoverableItems for {login}"),
                ("Recoverable Items at 100 GB", "Recoverable Items at the 100 GB hold quota"),
            ),
            Ask(
                "Is an archive licence available?",
                YES_NO,
                "yes",
            ),
            Try(
                "Enable auto-expanding archiving for the mailbox",
                "Auto-expanding archiving enabled; Managed Folder Assistant started",
            ),
            Fix((
                "The mailbox on litigation hold had filled its Recoverable Items quota; enabled "
                "the archive with auto-expanding archiving so held items move out.",
                "Enabled auto-expanding archiving for the held mailbox to relieve the full "
                "Recoverable Items folder.",
            )),
        ),
        resolution=(
            "Auto-expanding archive enabled for mailbox on hold",
            "Recoverable Items quota relieved via archive",
        ),
    ),
)

PRINT_ESCAPES = (
    Escape(
        flow_id="print-spooler-stuck",
        at="q-local",
        typed=(
            "test page prints; only PDFs from Acrobat get stuck in 'Spooling'",
            "other documents print, big PDFs hang in the queue",
        ),
        summaries=(
            "PDFs will not print for {first}, other documents fine",
            "{user}: large PDF stuck spooling to the {printer}",
        ),
        tail=(
            Try(
                "In Acrobat's Advanced print settings tick 'Print As Image'",
                ("PDF printed as image, slowly", "Printed after a minute"),
            ),
            Try(
                "Switch the printer to the PostScript driver",
                "PS driver installed; PDF prints normally",
            ),
            Fix((
                "The PCL driver choked on the PDF's embedded fonts; switched the printer to the "
                "PostScript driver so PDFs print.",
                "Large PDFs stuck spooling with the PCL 6 driver; the PostScript driver fixed it.",
            )),
        ),
        resolution=(
            "Switched to PostScript driver for PDF printing",
            "PDF spooling issue fixed with PS driver",
        ),
    ),
    Escape(
        flow_id="print-spooler-stuck",
        at="q-panel",
        typed=(
            "printer is fine, it's a secure-print queue: jobs wait for badge release and the "
            "release station by the printer shows offline",
            "follow-me printing, badge reader at the printer doesn't respond",
        ),
        summaries=(
            "Nobody can release secure-print jobs on the {printer}",
            "Badge release station offline at {client}",
        ),
        tail=(
            Try(
                ("Check the print management server's device status page",
                 "Look at the release station in the print management console"),
                ("Release station offline since {minutes} past midnight",
                 "Device shows 'Connection lost'"),
            ),
            Try(
                ("Restart the print management site server service",
                 "Restart the secure-print service on {print_server}"),
                "Service restarted, release station back online",
            ),
            Fix((
                "The secure-print release station lost its server connection; restarted the "
                "print management service and held jobs released.",
                "Restarted the follow-me printing service so badge release works again.",
            )),
        ),
        resolution=(
            "Secure-print release station reconnected",
            "Print management service restarted; badge release works",
        ),
    ),
    Escape(
        flow_id="print-spooler-stuck",
        at="q-crash",
        typed=(
            "spooler runs, but adding the shared printer fails with 0x0000011b since the "
            "last Windows update",
            "error 0x0000011b when connecting to the printer on {print_server}",
        ),
        summaries=(
            "Error 0x0000011b when {first} connects to the shared printer",
            "Shared printer on {print_server} fails with 0x0000011b after update",
        ),
        tail=(
            Ask(
                "Is the driver on the print server a current package-aware driver?",
                YES_NO,
                "no",
            ),
            Try(
                ("Install the current package-aware driver on the print server",
                 "Update the driver on {print_server} to the vendor's v4 package"),
                "Driver updated on the server",
            ),
            Try(
                "Re-add the printer on the client",
                "Printer connected without error",
            ),
            Fix((
                "Updated the print server to a package-aware driver so clients install it "
                "under the stricter RPC rules; error 0x0000011b is gone.",
                "Fixed 0x0000011b by updating the server's driver to a package-aware version "
                "and re-adding the printer.",
            )),
        ),
        resolution=(
            "Package-aware driver on print server fixed 0x0000011b",
            "Printer driver updated; 0x0000011b resolved",
        ),
    ),
)

BACKUP_ESCAPES = (
    Escape(
        flow_id="backup-job-failed",
        at="q-writer",
        typed=(
            "it's the Hyper-V VSS writer, and the VM has an old checkpoint that never merged",
            "writer is Microsoft Hyper-V VSS Writer, there are lingering checkpoints on {vm}",
        ),
        summaries=(
            "Backup of {vm} fails: Hyper-V checkpoint not merged",
            "VSS error for {vm}, leftover checkpoint blocking the snapshot",
        ),
        tail=(
            Ask(
                "Does Get-VMSnapshot show leftover checkpoints?",
                YES_NO,
                "yes",
            ),
            Try(
                ("Delete the leftover checkpoint in Hyper-V Manager and wait for the merge",
                 "Remove-VMSnapshot and let the AVHDX merge"),
                ("Merge finished after {count} minutes", "Checkpoint merged"),
            ),
            Fix((
                "A stale Hyper-V checkpoint had not merged; removed it, let the disks merge and "
                "the backup ran.",
                "Merged the leftover VM checkpoint so the Hyper-V writer could snapshot again.",
            )),
        ),
        resolution=(
            "Leftover Hyper-V checkpoint merged",
            "Removed stale checkpoint; backup succeeded",
        ),
    ),
    Escape(
        flow_id="backup-job-failed",
        at="q-reach",
        typed=(
            "target is the cloud object storage repository, the job fails with a "
            "certificate error since the provider's change",
            "offsite copy to S3-compatible storage fails: SSL certificate not trusted",
        ),
        summaries=(
            "Offsite backup copy to cloud storage failing for {client}",
            "Cloud repository rejects {backup_server}: certificate error",
        ),
        tail=(
            Try(
                ("Check the certificate chain presented by the storage endpoint",
                 "Open the bucket endpoint and inspect its certificate"),
                "New intermediate CA not in the server's trust store",
            ),
            Try(
                "Install the updated root and intermediate certificates on the backup server",
                ("Certificates imported on {backup_server}", "Trust store updated"),
            ),
            Fix((
                "The object storage provider rotated its certificate chain; imported the new "
                "CA certificates and the offsite copy resumed.",
                "Updated the trusted CA certificates on the backup server for the cloud "
                "repository.",
            )),
        ),
        resolution=(
            "New CA chain trusted; cloud copy resumed",
            "Cloud repository certificate chain updated",
        ),
    ),
    Escape(
        flow_id="backup-job-failed",
        at="q-creds",
        typed=(
            "credentials are fine; Defender's Controlled Folder Access blocks the backup "
            "agent from writing",
            "ransomware protection (controlled folder access) logs the agent as blocked",
        ),
        summaries=(
            "Backup agent blocked by Controlled Folder Access on {vm}",
            "0x80070005 on {vm}: Defender blocks the backup agent",
        ),
        tail=(
            Try(
                "Check the Defender event log for event 1123",
                ("Event 1123: the backup agent was blocked {count} times",
                 "Controlled Folder Access blocks logged for the agent"),
            ),
            Try(
                "Allow the backup agent executable in Controlled Folder Access via Intune",
                "Allowed app policy deployed",
            ),
            Fix((
                "Defender Controlled Folder Access blocked the backup agent; added it to the "
                "allowed apps and the job succeeded.",
                "Allowed the backup agent through Controlled Folder Access to clear the access "
                "denied errors.",
            )),
        ),
        resolution=(
            "Backup agent allowed in Controlled Folder Access",
            "CFA exception for the backup agent",
        ),
    ),
)

DNS_ESCAPES = (
    Escape(
        flow_id="dns-resolution-failure",
        at="q-client-servers",
        typed=(
            "internal servers are set, but Chrome uses its own Secure DNS (DNS over HTTPS) "
            "and skips them",
            "only the browser fails; it's configured for DNS over HTTPS to a public resolver",
        ),
        summaries=(
            "Intranet fails in the browser on {host}, nslookup works",
            "{user}'s browser cannot resolve internal sites",
        ),
        tail=(
            Ask(
                "Is Secure DNS (DNS over HTTPS) enabled in the browser?",
                YES_NO,
                "yes",
            ),
            Try(
                "Set the browser DnsOverHttpsMode policy to off through Intune",
                ("Policy applied to {host}", "DoH disabled by policy"),
            ),
            Fix((
                "The browser sent queries over DNS over HTTPS to a public resolver; disabled "
                "Secure DNS by policy so it uses the internal servers.",
                "Turned off browser DNS over HTTPS with a policy; internal sites resolve.",
            )),
        ),
        resolution=("Browser DoH disabled by policy", "Secure DNS bypassed internal DNS"),
    ),
    Escape(
        flow_id="dns-resolution-failure",
        at="q-which-names",
        typed=(
            "just one vendor's domain fails, everything else external works",
            "only the supplier portal domain won't resolve from the site",
        ),
        summaries=(
            "One supplier domain does not resolve at {site}",
            "{client}: vendor portal name lookup fails",
        ),
        tail=(
            Try(
                "Check the conditional forwarders in DNS Manager",
                ("Old conditional forwarder for the vendor's domain points to a dead IP",
                 "Conditional forwarder left from a past VPN project"),
            ),
            Try("Remove the obsolete conditional forwarder", "Removed; cache cleared"),
            Fix((
                "An obsolete conditional forwarder sent the vendor's domain to a retired "
                "server; removed it and the name resolves.",
                "Deleted the stale conditional forwarder for the supplier domain.",
            )),
        ),
        resolution=("Stale conditional forwarder removed", "Obsolete forwarder deleted"),
    ),
    Escape(
        flow_id="dns-resolution-failure",
        at="q-site",
        typed=(
            "the DNS server answers, but clients got a different DNS server from DHCP; a "
            "rogue router is handing out addresses",
            "ipconfig shows DHCP server 192.168.0.1, that's not ours",
        ),
        summaries=(
            "Users at {site} get wrong DNS servers from a rogue DHCP",
            "Rogue DHCP server at {site} breaking name resolution",
        ),
        tail=(
            Try(
                "Find the rogue device through the switch MAC address table",
                ("Consumer router on a meeting-room port", "Home router plugged into the LAN"),
            ),
            Try("Unplug the device and enable DHCP snooping", "Snooping on; leases renewed"),
            Fix((
                "A consumer router plugged into the LAN handed out its own DNS server; removed "
                "it and enabled DHCP snooping on the switches.",
                "Removed the rogue DHCP router and turned on DHCP snooping.",
            )),
        ),
        resolution=("Rogue DHCP removed; DHCP snooping enabled", "Rogue router unplugged"),
    ),
)

DISK_ESCAPES = (
    Escape(
        flow_id="endpoint-disk-full",
        at="q-culprit",
        typed=(
            "none of those: System Volume Information holds {count} GB of shadow copies",
            "it's hidden shadow copy storage, System Volume Information is huge",
        ),
        summaries=("C: full on {host}: shadow copies use the space",),
        tail=(
            Try("Run vssadmin list shadowstorage", "Shadow storage unlimited on C:"),
            Try(
                "Run vssadmin resize shadowstorage /for=C: /on=C: /maxsize=10%",
                "Resized; old shadow copies removed",
            ),
            Fix("Capped shadow copy storage on C: at 10%, which freed the space."),
        ),
        resolution=("Shadow copy storage capped at 10%",),
        copies=1,
    ),
    Escape(
        flow_id="endpoint-disk-full",
        at="q-culprit",
        typed=(
            "the WSL virtual disk ext4.vhdx has grown to {count}0 GB",
            "Docker/WSL disk image is the biggest file",
        ),
        summaries=("Developer laptop {host} out of space: WSL disk grew",),
        tail=(
            Try("Run wsl --shutdown, then compact the vhdx with diskpart", "vdisk compacted"),
            Fix("Shut down WSL and compacted its ext4.vhdx virtual disk, recovering the space."),
        ),
        resolution=("Compacted WSL virtual disk",),
        copies=1,
    ),
)

EMAIL_ESCAPES = (
    Escape(
        flow_id="email-deliverability",
        at="q-blocklist",
        typed=(
            "not listed anywhere, but only Gmail recipients get it in spam: it's the "
            "newsletter without an unsubscribe header",
        ),
        summaries=("Newsletter from {domain} goes to Gmail spam",),
        tail=(
            Try(
                "Add List-Unsubscribe and one-click unsubscribe headers to the newsletter",
                "Headers added in the mailing tool",
            ),
            Fix(
                "Gmail's bulk-sender rules needed one-click unsubscribe; added the headers and "
                "the newsletter reaches the inbox."
            ),
        ),
        resolution=("One-click unsubscribe headers added",),
        copies=1,
    ),
    Escape(
        flow_id="email-deliverability",
        at="q-ndr",
        typed=(
            "the bounce says 550 5.1.8 Access denied, bad outbound sender",
            "NDR 5.1.8: the user is blocked from sending",
        ),
        summaries=("{user} cannot send at all: 550 5.1.8",),
        tail=(
            Try(
                "Check Restricted entities in the Microsoft Defender portal",
                "{login}@{domain} restricted after an outbound spam alert",
            ),
            Try("Review the sign-ins and inbox rules for signs of compromise", "Nothing found"),
            Fix(
                "The user was on the restricted senders list after a spam alert; confirmed "
                "no compromise, reset the password and released the user."
            ),
        ),
        resolution=("Released from restricted senders (5.1.8)",),
        copies=1,
    ),
)

DEFAULT_ESCAPES = (
    AD_ESCAPES + VPN_ESCAPES + OUTLOOK_ESCAPES + PRINT_ESCAPES + BACKUP_ESCAPES + DNS_ESCAPES
    + DISK_ESCAPES + EMAIL_ESCAPES
)
