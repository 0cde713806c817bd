"""Two `m365` flows that share words (licence, work account, sign in, Outlook, Company
Portal, Microsoft 365) and must be told apart: company email on a phone, and Office apps
that say they are unlicensed."""

from __future__ import annotations

from bench.evalset.spec import Action, Decision, Flow, Opener, Solution, no, opt, yes

# --- company email on a mobile phone / enrolment -------------------------------------------

MOBILE_MAIL = Flow(
    id="un-mobile-mail",
    name="Company email on a mobile phone",
    description=(
        "A user wants work email on a phone, or it stopped working there: the right app, "
        "sign-in, device enrolment and compliance, then mail flow and licence."
    ),
    domain="m365",
    keywords=("phone", "mobile", "work email on phone", "outlook app", "company portal",
              "intune", "enrol", "compliance"),
    summaries=(
        "Problem with work email on my phone",
        "Work email and my mobile - need help",
        "Outlook on my phone isn't working",
        "mobile email issue",
        "Help with company mail on my iPhone",
        "Can you help me with email on my Android",
        "User has a problem with company mail on a mobile",
    ),
    openers=(
        Opener((("root", "new"),), (
            "Just got a new phone and want my work email on it",
            "Setting up company email on my phone for the first time",
        )),
        Opener((("root", "stopped"),), (
            "Email on my phone stopped working, it was fine before",
            "My phone's stopped getting work emails",
            "outlook on my mobile not updating since yesterday",
        )),
        Opener((("root", "blocked"),), (
            "Phone says my organisation requires the device to be managed before I can get "
            "email",
            "Keep getting 'your IT department requires action' on my phone",
        )),
        Opener((("root", "stopped"), ("what_changed", "password")), (
            "Since I changed my password my phone won't get emails",
        )),
    ),
    hints=(
        Opener((("compliance_issue", "os"),), (
            "Company Portal says my phone's software is too old for work email",
        )),
        Opener((("app_used", "builtin"),), (
            "I've added my work account to the phone's own Mail app and it won't sync",
        )),
        Opener((("portal_installed", "no"),), (
            "Trying to get work email on my phone but I haven't installed any company app",
        )),
    ),
    nodes=(
        Decision(
            id="root",
            title="What the user needs",
            question="Is the user setting up email on a phone, has it stopped working, or is "
                     "access blocked by a management message?",
            options=(
                opt("new", "Setting up for the first time", "app_used",
                    ("First-time setup", "New set-up"),
                    "setting it up for the first time", "never had it on this phone",
                    "new phone, need email on it", "first time"),
                opt("stopped", "It worked before and stopped", "what_changed",
                    ("Stopped working", "Used to work"),
                    "it was working, now it isn't", "stopped syncing",
                    "emails stopped coming in on the phone"),
                opt("blocked", "Blocked by a 'device must be managed' message", "portal_installed",
                    ("Blocked / must be managed", "Access blocked message"),
                    "says the device needs to be managed", "access blocked message",
                    "it wants me to enrol the phone"),
            ),
            asks=(
                "Is this a first-time setup on the phone, or did it used to work?",
                "Tell me where you're at: new setup, stopped working, or a message blocking "
                "you?",
                "Has email ever worked on this phone?",
                "What's the situation with the phone - setting up, broken, or blocked?",
            ),
            clarify=(
                ("what kind of message?",
                 "Some phones show 'your organisation requires this device to be managed' or "
                 "'access blocked'. If you see that, say blocked."),
            ),
        ),
        Decision(
            id="app_used",
            title="Which mail app",
            question="Which mail app is the user setting the account up in?",
            options=(
                opt("outlook", "The Outlook app", "signin_result",
                    ("Outlook app", "Microsoft Outlook"),
                    "the outlook app", "I downloaded outlook", "microsoft outlook"),
                opt("builtin", "The phone's built-in mail app", "sol_use_outlook",
                    ("Built-in Mail / Gmail", "Phone's own mail app"),
                    "the iphone mail app", "gmail app", "just the normal mail on the phone",
                    "samsung email"),
            ),
            asks=(
                "Which app are you putting the account into?",
                "Are you using Outlook from the app store, or the mail app that came with "
                "the phone?",
                "What app are you trying to read it in?",
            ),
        ),
        Decision(
            id="signin_result",
            title="What happens at sign-in",
            question="What happens when the user signs in to the Outlook app?",
            options=(
                opt("approval", "Stuck waiting for approval", "authenticator_ok",
                    ("Stuck at approval", "Waiting for the sign-in request"),
                    "it's waiting for me to approve something", "stuck on the approve screen",
                    "says check your authenticator"),
                opt("managed", "Asks to install Company Portal", "portal_installed",
                    ("Asks for Company Portal", "Wants another app"),
                    "it says install company portal", "asks me to get the portal app",
                    "says to protect work data I need another app"),
                opt("empty", "Signs in but no emails appear", "license_check",
                    ("Signed in, no mail", "Empty inbox"),
                    "it logs in but the inbox is empty", "no emails showing",
                    "signed in fine, nothing there"),
            ),
            asks=(
                "When you put your work address and password in, how far does it get?",
                "What do you see after signing in to Outlook?",
                "Where does the Outlook setup stop?",
            ),
        ),
        Decision(
            id="authenticator_ok",
            title="Approval received",
            question="Does the user receive and approve the sign-in request in Authenticator?",
            options=(
                yes("portal_installed", "yes, approved it", "got it and tapped approve",
                    "approved"),
                no("sol_mfa_method", "nothing comes through", "no notification",
                   "authenticator's on my old phone"),
            ),
            asks=(
                "Do you get the approve prompt on the Authenticator app?",
                "Does a request pop up for you to approve?",
                "Has the Authenticator notification arrived?",
            ),
            clarify=(
                ("what's authenticator?",
                 "The Microsoft Authenticator app that asks you to approve sign-ins - "
                 "usually on your phone."),
            ),
        ),
        Decision(
            id="portal_installed",
            title="Company Portal installed and signed in",
            question="Is Company Portal installed and signed in on the phone?",
            options=(
                yes("enrol_status", "yes, it's installed", "got it, signed in",
                    "it's on there"),
                no("install_portal", "no, don't have that", "not installed",
                   "never heard of it"),
            ),
            asks=(
                "Have you got the Company Portal app on the phone, signed in with your work "
                "account?",
                "Is Company Portal on there?",
                "Did you already install our Company Portal app?",
            ),
            clarify=(
                ("why do I need that?",
                 "It lets us check the phone meets basic security (like a screen lock) "
                 "before work email goes on it."),
            ),
        ),
        Action(
            id="install_portal",
            title="Install Company Portal",
            description="Install Intune Company Portal from the app store, sign in with the "
                        "work account and follow the enrolment steps.",
            next="enrol_status",
            says=(
                "Please install Intune Company Portal from the app store, sign in with your "
                "work account and follow its steps.",
                "Get Company Portal from the store and go through the setup it offers.",
            ),
            results=(
                "Company Portal installed and enrolment started.",
                "Portal installed, work profile created.",
            ),
        ),
        Decision(
            id="enrol_status",
            title="Company Portal status",
            question="What does Company Portal say about the device?",
            options=(
                opt("compliant", "Compliant / all set", "sync_outlook",
                    ("All set", "Compliant"),
                    "it says all set", "green tick, compliant", "it's happy"),
                opt("noncompliant", "Not compliant, action needed", "compliance_issue",
                    ("Needs action", "Not compliant"),
                    "says I need to fix something", "not compliant", "orange warning"),
                opt("limit", "Device limit reached", "sol_device_limit",
                    ("Too many devices", "Can't enrol"),
                    "it says I have too many devices", "couldn't enrol, limit reached"),
                opt("pending", "Still checking status", "check_status",
                    ("Still checking", "Pending"),
                    "it keeps saying checking", "pending", "spinning on status"),
            ),
            asks=(
                "In Company Portal, tap Devices and this phone - what's the status?",
                "What's Company Portal showing for your phone?",
                "Does the portal say you're good to go, or that something needs fixing?",
            ),
        ),
        Action(
            id="check_status",
            title="Check status in Company Portal",
            description="In Company Portal, open the device and tap Check status; wait a few "
                        "minutes for the result.",
            next="now_compliant",
            says=(
                "Tap the phone in Company Portal and hit Check status, then give it a couple "
                "of minutes.",
                "I'll trigger a sync from my side; you press Check status.",
            ),
            results=(
                "Status check ran.",
                "Device checked in.",
            ),
            fails=(
                "Check status errored: 'couldn't contact your organisation'.",
            ),
            fails_then="no",
        ),
        Decision(
            id="compliance_issue",
            title="Failing compliance item",
            question="Which compliance requirement is the device failing?",
            options=(
                opt("passcode", "No screen lock or PIN", "set_passcode",
                    ("Screen lock", "PIN / passcode"),
                    "says I need a passcode", "something about screen lock",
                    "I don't have a PIN on it"),
                opt("os", "Operating system too old", "sol_update_os",
                    ("OS version", "Needs update"),
                    "says my iOS is too old", "update the software", "OS version not supported"),
                opt("rooted", "Device is jailbroken or rooted", "sol_unsupported_device",
                    ("Jailbroken / rooted", "Modified phone"),
                    "says it's rooted", "jailbreak detected"),
            ),
            asks=(
                "What does it say needs fixing?",
                "Which requirement is flagged?",
                "What's the item it's complaining about?",
            ),
        ),
        Action(
            id="set_passcode",
            title="Set a screen lock",
            description="Set a PIN or passcode of at least six digits, then check status in "
                        "Company Portal.",
            next="now_compliant",
            says=(
                "Set a 6-digit passcode in the phone's settings, then go back to Company "
                "Portal and tap Check status.",
                "Add a screen lock PIN and recheck compliance.",
            ),
            results=(
                "Passcode set, status checked.",
                "PIN added.",
            ),
            fails=(
                "Phone would not accept a new PIN: another profile on it blocks the change.",
            ),
            fails_then="no",
        ),
        Decision(
            id="now_compliant",
            title="Compliant after the change",
            question="Does Company Portal now show the device as compliant?",
            options=(
                yes("sync_outlook", "green now", "says compliant", "yes all set"),
                no("sol_escalate_intune", "still not compliant", "same warning",
                   "no change"),
            ),
            asks=(
                "Is it showing compliant now?",
                "What's the status after that?",
                "Has the warning gone?",
            ),
        ),
        Action(
            id="sync_outlook",
            title="Re-add the account in Outlook",
            description="Remove the work account from the Outlook app and add it again.",
            next="mail_flows",
            says=(
                "In Outlook, go to settings, remove your work account and add it back.",
                "Let's remove and re-add the account in the Outlook app.",
            ),
            results=(
                "Account re-added.",
                "Outlook account removed and added again.",
            ),
            fails=(
                "Re-adding stopped at 'Add account failed' twice.",
            ),
            fails_then="no",
        ),
        Decision(
            id="mail_flows",
            title="Emails arriving",
            question="Are emails arriving in the Outlook app now?",
            options=(
                yes("sol_mail_working", "yes they're coming in", "inbox filled up",
                    "working"),
                no("license_check", "still empty", "nothing yet", "no new mail"),
            ),
            asks=(
                "Do you see your emails now?",
                "Is mail coming through?",
                "Send yourself a test - does it land on the phone?",
            ),
        ),
        Decision(
            id="license_check",
            title="Mailbox licence assigned",
            question="Does the user have an Exchange Online licence and mailbox?",
            options=(
                yes("sol_escalate_intune", "licence is there", "mailbox exists",
                    "licensed fine"),
                no("sol_assign_license", "no licence", "mailbox missing",
                   "licence was removed"),
            ),
            asks=(
                "Let me check your account in the admin centre - one moment.",
                "I'm looking at your licences now; do you know if you've moved teams "
                "recently?",
                "Checking whether your account has a mailbox licence.",
            ),
        ),
        Decision(
            id="what_changed",
            title="What changed",
            question="What changed shortly before email stopped on the phone?",
            options=(
                opt("password", "The user changed their password", "sol_reenter_password",
                    ("Password change", "New password"),
                    "I changed my password", "my password expired", "reset my password"),
                opt("newphone", "Moved to a new phone", "app_used",
                    ("New phone", "Swapped phone"),
                    "I got a new phone", "moved everything to a new handset"),
                opt("update", "A phone or app update", "update_app",
                    ("Update", "Phone updated"),
                    "the phone updated overnight", "an app update", "iOS update"),
                opt("nothing", "Nothing they know of", "portal_installed",
                    ("Nothing", "Not sure"),
                    "nothing that I know of", "no idea, just stopped", "didn't change anything"),
            ),
            asks=(
                "Did anything change just before - a new password, a new phone, an update?",
                "What happened around the time it stopped?",
                "Can you think of anything different since it last worked?",
            ),
        ),
        Action(
            id="update_app",
            title="Update Outlook and restart",
            description="Update the Outlook app from the store and restart the phone.",
            next="mail_flows",
            says=(
                "Please update Outlook from the app store and restart the phone.",
                "Let's get the latest Outlook and reboot the phone.",
            ),
            results=(
                "Outlook updated, phone restarted.",
                "App updated.",
            ),
            fails=(
                "Store says the app is up to date but Outlook still crashes on open.",
            ),
            fails_then="no",
        ),
        Solution(
            id="sol_use_outlook",
            title="Use the Outlook app",
            description="Our policy only allows work email in the Outlook app; install it and "
                        "remove the account from the built-in app.",
            says=(
                "Work email only works in the Outlook app. Install Outlook and remove the "
                "account from the phone's mail app.",
                "Please use Outlook for work email - the built-in app is blocked by policy.",
            ),
        ),
        Solution(
            id="sol_mfa_method",
            title="Fix the sign-in approval method",
            description="Approval requests go to an old or missing device; re-register the "
                        "Authenticator app on the current phone.",
            says=(
                "Your approvals are still going to your old phone. I've reset that so you "
                "can register Authenticator on this one.",
                "Let's move your Authenticator to this phone - I've sent the registration "
                "link.",
            ),
        ),
        Solution(
            id="sol_device_limit",
            title="Remove old devices",
            description="The enrolment limit is reached; remove old devices from the "
                        "user's list and enrol again.",
            says=(
                "You've hit the device limit. I removed your old phones - enrol again now.",
                "Too many old devices on your account; cleared, please retry.",
            ),
        ),
        Solution(
            id="sol_update_os",
            title="Update the phone's software",
            description="Install the latest operating system update, then check status.",
            says=(
                "Your phone needs its software update. Install it, then check status in "
                "Company Portal.",
                "Update the phone to the latest version and email will be allowed.",
            ),
        ),
        Solution(
            id="sol_unsupported_device",
            title="Device not supported",
            description="Jailbroken or rooted phones cannot get company data; use another "
                        "device.",
            says=(
                "A modified phone can't be used for work email, sorry - you'll need a "
                "standard one.",
                "That device isn't supported because it's rooted.",
            ),
        ),
        Solution(
            id="sol_escalate_intune",
            title="Escalate to the device management team",
            description="Hand over to the Intune team with the device details.",
            says=(
                "I'm passing this to our device management team with the details.",
                "Escalated to the mobile team - they'll look at it today.",
            ),
        ),
        Solution(
            id="sol_mail_working",
            title="Email working on the phone",
            description="Mail arrives in Outlook on the phone.",
            says=(
                "Emails are coming in - all sorted.",
                "There you go, work mail on your phone.",
            ),
        ),
        Solution(
            id="sol_assign_license",
            title="Assign the mailbox licence",
            description="The mailbox licence was missing; assign it (with the manager's "
                        "approval) and wait for the mailbox.",
            says=(
                "Your mailbox licence was missing - assigned now; give it an hour.",
                "There was no mail licence on your account. Fixed, mail will appear soon.",
            ),
        ),
        Solution(
            id="sol_reenter_password",
            title="Re-enter the new password",
            description="The phone still uses the old password; sign in again in Outlook with "
                        "the new one.",
            says=(
                "The phone still has your old password - Outlook will ask, sign in with the "
                "new one.",
                "Just sign in again on the phone with your new password.",
            ),
        ),
    ),
)

# --- Office unlicensed / activation failed -------------------------------------------------

OFFICE_ACTIVATION = Flow(
    id="un-office-activation",
    name="Office apps unlicensed or activation failed",
    description=(
        "Word, Excel or Outlook say 'Unlicensed Product', 'Product Activation Failed', too "
        "many installs or an expired subscription: account, licence, versions, reset."
    ),
    domain="m365",
    keywords=("unlicensed product", "activation", "office licence", "product activation "
              "failed", "microsoft 365 apps", "subscription"),
    summaries=(
        "Problem with my Office licence",
        "Office activation problem",
        "Word and Excel showing a licence warning",
        "Office apps complaining about activation",
        "office not activated",
        "Microsoft Office has a banner about licensing",
        "User's Office apps need activating",
    ),
    openers=(
        Opener((("root", "limit"),), (
            "Office says I've installed it on too many devices",
        )),
        Opener((("root", "expired"),), (
            "Word says my subscription has expired",
            "Got a message that my Office subscription ended",
        )),
        Opener((("root", "reduced"),), (
            "Word opens but I can't edit anything, says reduced functionality",
        )),
        Opener((("root", "unlicensed"), ("signed_in_account", "personal")), (
            "Office says unlicensed - I think it's signed in with my personal Hotmail",
        )),
    ),
    hints=(
        Opener((("multiple_versions", "yes"),), (
            "New laptop came with an Office trial on it and now Word says unlicensed",
        )),
        Opener((("apps_included", "no"),), (
            "My licence apparently only includes the web versions, and desktop Word says "
            "unlicensed",
        )),
        Opener((("shared_pc", "yes"),), (
            "On the shared reception PC Office says it isn't activated",
        )),
    ),
    nodes=(
        Decision(
            id="root",
            title="What Office shows",
            question="What does the Office banner or error say?",
            options=(
                opt("unlicensed", "Unlicensed Product or activation failed", "signed_in_account",
                    ("Unlicensed / activation failed", "Unlicensed product"),
                    "says unlicensed product", "product activation failed",
                    "red bar, activation failed"),
                opt("reduced", "Reduced functionality, editing disabled", "signed_in_account",
                    ("Read-only / reduced functionality", "Can't edit"),
                    "most features are turned off", "read only",
                    "can view but not edit anything"),
                opt("limit", "Installed on too many devices", "install_count",
                    ("Too many installs", "Device limit"),
                    "too many devices", "install limit reached"),
                opt("expired", "Subscription expired", "sub_owner",
                    ("Subscription expired", "Renewal message"),
                    "says subscription expired", "asks me to renew", "it wants payment"),
            ),
            asks=(
                "What does the message at the top of the app say?",
                "Can you read me the yellow or red bar in Word?",
                "What wording does Office show you?",
                "Which message do you get - unlicensed, read-only, too many installs, or "
                "expired?",
            ),
            clarify=(
                ("there's no bar, just a popup",
                 "That's fine, the popup counts. What does it say - unlicensed, reduced "
                 "functionality, too many devices, or subscription expired?"),
            ),
        ),
        Decision(
            id="signed_in_account",
            title="Account signed in to Office",
            question="Which account is signed in under File > Account?",
            options=(
                opt("work", "Their work account", "license_assigned",
                    ("Work account", "My company email"),
                    "my work email", "it shows my company address", "work account"),
                opt("personal", "A personal Microsoft account", "switch_account",
                    ("Personal account", "Hotmail / Outlook.com"),
                    "my personal hotmail", "my outlook.com address", "my own microsoft account"),
                opt("none", "Nobody is signed in", "sign_in_office",
                    ("Signed out", "Nobody"),
                    "says sign in", "nobody", "it's blank"),
            ),
            asks=(
                "Go to File, then Account - whose email shows there?",
                "Which email address is Office using?",
                "Under Account in Word, who's signed in?",
            ),
            clarify=(
                ("where's file > account?",
                 "In Word, click File at top left, then Account at the bottom of the list on "
                 "the left. The email under User Information is what I need."),
            ),
        ),
        Action(
            id="switch_account",
            title="Switch to the work account",
            description="Sign out of the personal account in Office and sign in with the work "
                        "account; restart the apps.",
            next="activated_now",
            says=(
                "Sign out of that personal account in File > Account, then sign in with your "
                "work email and restart Word.",
                "Let's switch Office over to your work account.",
            ),
            results=(
                "Switched to the work account.",
                "Personal account removed, work account signed in.",
            ),
            fails=(
                "Office keeps re-adding the personal account after sign-out.",
            ),
            fails_then="no",
        ),
        Action(
            id="sign_in_office",
            title="Sign in to Office",
            description="Sign in to Office with the work account and restart the apps.",
            next="activated_now",
            says=(
                "Click Sign in at the top of Word and use your work email.",
                "Please sign in to Office with your work account, then close and reopen it.",
            ),
            results=(
                "Signed in with the work account.",
                "Signed in, apps restarted.",
            ),
        ),
        Decision(
            id="activated_now",
            title="Activated now",
            question="Does Office show 'Product Activated' now?",
            options=(
                yes("sol_activated", "yes says activated", "bar's gone", "all good now"),
                no("license_assigned", "still unlicensed", "no change", "same message"),
            ),
            asks=(
                "After reopening Word, has the message gone?",
                "What does File > Account say now?",
                "Is it activated now?",
            ),
        ),
        Decision(
            id="license_assigned",
            title="Licence assigned",
            question="Does the user have a Microsoft 365 licence assigned?",
            options=(
                yes("apps_included", "licence is there", "has a licence", "assigned"),
                no("sol_assign_licence", "no licence", "not assigned",
                   "none on the account"),
            ),
            asks=(
                "I'm checking your account in the admin portal - bear with me.",
                "Let me look up your licences.",
                "Checking whether a 365 licence is on your account.",
            ),
        ),
        Decision(
            id="apps_included",
            title="Licence includes desktop apps",
            question="Does the assigned licence include the desktop Office apps?",
            options=(
                yes("multiple_versions", "yes, desktop apps included", "full licence",
                    "it includes the apps"),
                no("sol_upgrade_licence", "web only", "it's the web-only one",
                   "no desktop apps"),
            ),
            asks=(
                "Is yours the kind that includes installed Word and Excel, or web only? "
                "I'm looking.",
                "Checking which licence type you have - full apps or browser versions only?",
                "Do you know if you're meant to have the desktop apps?",
            ),
        ),
        Decision(
            id="multiple_versions",
            title="More than one Office version",
            question="Is more than one version of Office installed on the computer?",
            options=(
                yes("remove_extra", "yes there's two", "there's an old 2016 one too",
                    "a trial came preinstalled"),
                no("shared_pc", "just the one", "only Microsoft 365", "only one"),
            ),
            asks=(
                "In Settings > Apps, search 'Office' - how many entries are there?",
                "Is there an older Office or a trial installed alongside?",
                "Do you see more than one Office in your installed apps?",
            ),
        ),
        Action(
            id="remove_extra",
            title="Remove the extra versions",
            description="Uninstall the other Office versions or the preinstalled trial, then "
                        "restart.",
            next="activated_again",
            says=(
                "Let's uninstall the other Office and restart.",
                "I'll remove the trial version remotely, then please reboot.",
            ),
            results=(
                "Trial removed, restarted.",
                "Older Office uninstalled.",
            ),
            fails=(
                "Uninstall of the old version stopped with a rollback; it is still listed.",
            ),
            fails_then="no",
        ),
        Decision(
            id="activated_again",
            title="Activated after the clean-up",
            question="After removing the extra versions, is Office activated?",
            options=(
                yes("sol_activated", "yes, activated", "fixed", "message gone"),
                no("reset_activation", "still not", "no", "still says unlicensed"),
            ),
            asks=(
                "Open Word again - is it happy now?",
                "Has that cleared the message?",
                "Is it activated after the restart?",
            ),
        ),
        Decision(
            id="shared_pc",
            title="Shared computer",
            question="Is the computer shared by several users?",
            options=(
                yes("sol_shared_activation", "yes, it's shared", "reception PC",
                    "lots of people use it"),
                no("reset_activation", "no, just mine", "my own laptop", "only me"),
            ),
            asks=(
                "Is this your own computer, or one that several people log in to?",
                "Do other people use this PC?",
                "Is it a shared machine?",
            ),
        ),
        Action(
            id="reset_activation",
            title="Reset Office activation",
            description="Clear the cached licences and sign-in with the Microsoft support "
                        "tool, then sign in again.",
            next="final_check",
            says=(
                "I'm going to reset Office's activation state with the support tool, then "
                "you sign in again.",
                "Let's clear the stored licence and start activation fresh.",
            ),
            results=(
                "Activation state reset.",
                "Cached licences cleared.",
            ),
            fails=(
                "The support tool ended with 'We couldn't remove the licences'.",
            ),
            fails_then="no",
        ),
        Decision(
            id="final_check",
            title="Activated after reset",
            question="Is Office activated after the reset and a new sign-in?",
            options=(
                yes("sol_activated", "yes finally", "activated now", "it's working"),
                no("sol_escalate_ms", "still no", "same problem", "no luck"),
            ),
            asks=(
                "Sign in once more - does it activate now?",
                "Any better after the reset?",
                "Is Word showing activated?",
            ),
        ),
        Decision(
            id="install_count",
            title="Installed on five devices",
            question="Is Office already installed on five or more devices for this user?",
            options=(
                yes("sign_out_devices", "yes lots of old ones", "about six", "five or more"),
                no("license_assigned", "only two", "no, just this and one other",
                   "not that many"),
            ),
            asks=(
                "On how many computers have you installed Office?",
                "Are there lots of old machines with Office on your account?",
                "How many devices do you use Office on?",
            ),
        ),
        Action(
            id="sign_out_devices",
            title="Sign out old devices",
            description="In the Microsoft 365 portal (My account > Apps & devices) sign Office "
                        "out on devices no longer used.",
            next="activated_now",
            says=(
                "Go to your Microsoft 365 account page, Apps & devices, and sign out of the "
                "old ones.",
                "I'll show you how to sign Office out of your old computers.",
            ),
            results=(
                "Three old devices signed out.",
                "Old installs signed out.",
            ),
            fails=(
                "An old wiped laptop could not be signed out from the portal.",
            ),
            fails_then="no",
        ),
        Decision(
            id="sub_owner",
            title="Who pays for the subscription",
            question="Was the Office subscription provided by the company or bought "
                     "personally?",
            options=(
                opt("company", "Provided by the company", "license_assigned",
                    ("Company", "Work provided it"),
                    "work provides it", "it came with the laptop from IT", "the company"),
                opt("personal", "Bought personally", "sol_personal_sub",
                    ("Personal", "I bought it"),
                    "I bought it myself", "it's my family subscription", "personal one"),
            ),
            asks=(
                "Is this the Office the company gave you, or one you bought yourself?",
                "Who pays for that subscription - us or you?",
                "Did IT set this Office up, or is it your own?",
            ),
        ),
        Solution(
            id="sol_activated",
            title="Office activated",
            description="Office shows Product Activated.",
            says=(
                "Great, Office is activated.",
                "All sorted - it's activated.",
            ),
        ),
        Solution(
            id="sol_assign_licence",
            title="Assign a licence",
            description="No Microsoft 365 licence was assigned; assign one and sign in again.",
            says=(
                "You didn't have a 365 licence. I've assigned one - sign out and in again in "
                "an hour.",
                "Licence added to your account; reopen Office after a while.",
            ),
        ),
        Solution(
            id="sol_upgrade_licence",
            title="Licence without desktop apps",
            description="The licence covers web apps only; use Office on the web or request "
                        "a licence with desktop apps.",
            says=(
                "Your licence is web-only. Use Word in the browser, or I can request the "
                "desktop licence with your manager's OK.",
                "You're on the web-only plan - request raised for a full one.",
            ),
        ),
        Solution(
            id="sol_shared_activation",
            title="Shared computer activation",
            description="Shared PCs need shared computer activation switched on by policy.",
            says=(
                "Shared PCs need a special activation mode - I've switched it on for that "
                "machine.",
                "Turned on shared activation for the PC; each person signs in with their "
                "own account.",
            ),
        ),
        Solution(
            id="sol_escalate_ms",
            title="Escalate to Microsoft support",
            description="Activation still fails after the reset; open a case with Microsoft.",
            says=(
                "I'm opening a case with Microsoft for this.",
                "This needs Microsoft support - case raised, I'll update you.",
            ),
        ),
        Solution(
            id="sol_personal_sub",
            title="Personal subscription not supported",
            description="Personal subscriptions are not used on company devices; remove it "
                        "and use the company licence.",
            says=(
                "We can't use a personal subscription on a work laptop. I'll remove it and "
                "set up your company one.",
                "Please sign out of your own subscription - the company licence covers you.",
            ),
        ),
    ),
)
