"""The troubleshooting flows of the main demo account (an MSP's service desk)."""

from __future__ import annotations

from flywheel.demo.model import FlowSpec, action, decision, escalation, opt, solution

AD_LOCKOUT = FlowSpec(
    id="ad-account-lockout",
    name="AD account locked out or sign-in rejected",
    description=(
        "Use when a user cannot sign in to a domain account or keeps getting locked out. "
        "Finds the source of bad password attempts before unlocking."
    ),
    domain="active_directory",
    team="service-desk",
    keywords=(
        "account locked out", "lockout", "event 4740", "bad password", "active directory",
        "password expired", "trust relationship failed", "ADUC",
    ),
    success_rate=0.88,
    summaries={
        "locked-yes": (
            "{user} locked out of AD again after a password change ({client})",
            "Account {login} keeps locking out, user cannot sign in on {host}",
            "Repeated AD lockouts for {first} at {client} since this morning",
        ),
        "locked-no": (
            "{first} cannot sign in to {host}; account is not locked",
            "{user} ({client}) cannot log in to Windows, password rejected",
        ),
        "locked-disabled": (
            "{user} cannot sign in: account shows as disabled ({client})",
            "Returning employee {first} blocked at sign-in, AD account disabled",
        ),
    },
    nodes=(
        decision(
            "root", "Lockout state",
            "Is the account currently locked out in Active Directory?",
            opt("locked-yes", "Yes, LockedOut is True", "q-recur",
                "the Account tab in ADUC says it is locked",
                "yes it's locked, I can see the lockout time on {dc}"),
            opt("locked-no", "No, the account is not locked", "q-message",
                "not locked as far as I can tell, she just can't get in"),
            opt("locked-disabled", "The account is disabled, not locked", "s-disabled"),
            help_text="Check with Get-ADUser -Properties LockedOut or the Account tab in ADUC.",
        ),
        decision(
            "q-recur", "Recurring lockout",
            "Does the lockout come back within minutes of unlocking the account?",
            opt("recur-yes", "Yes, it locks again quickly", "a-find-source",
                "I unlocked it and {minutes} minutes later it was locked again"),
            opt("recur-no", "No, it was a one-off", "a-unlock"),
        ),
        action(
            "a-find-source", "Find the lockout source",
            "Query event 4740 on the PDC emulator (or use the Account Lockout Status tool) "
            "and note the Caller Computer Name.",
            "q-source",
            "Pulled 4740 events from {dc}; caller computer name identified",
            "Account Lockout Status shows {count} bad attempts logged on {dc}",
            "Found {count} lockout events for {login} on {dc} in the last hour",
        ),
        decision(
            "q-source", "Lockout source",
            "What is the source of the bad password attempts?",
            opt("src-phone", "The user's mobile device (ActiveSync)", "s-phone",
                "caller is the Exchange server, looks like the mail app on the {phone}",
                "it's coming from their phone, the mail app still has the old password"),
            opt("src-mapped", "A mapped drive or saved credential on a workstation", "s-credman",
                "source is {host}, there is an old mapped drive with saved credentials"),
            opt("src-service", "A service or scheduled task running as the user", "s-service"),
            opt("src-unknown", "Unknown, or an external IP address", "esc-security"),
        ),
        solution(
            "s-phone", "Update the password on the mobile device",
            "Remove and re-add the mail account on the phone with the new password, then "
            "unlock the account in AD.",
        ),
        solution(
            "s-credman", "Clear stale saved credentials",
            "Remove the old entries in Credential Manager and remap drives with the new "
            "password on the caller computer, then unlock the account.",
        ),
        solution(
            "s-service", "Move the service off the user account",
            "Reconfigure the service or scheduled task to run as a dedicated service account "
            "(or update its stored password), then unlock the user.",
        ),
        escalation(
            "esc-security", "Escalate to security",
            "Possible password spray or brute force from an unknown source: keep the account "
            "locked and escalate to the security team with the 4740 and 4625 events.",
            "Bad password attempts for {login} come from external IP {public_ip}; "
            "handed to security",
            "Possible password spray against {login} from {public_ip}; SOC engaged",
        ),
        action(
            "a-unlock", "Unlock the account",
            "Unlock the account in ADUC and have the user sign in again.",
            "q-signin",
            "Unlocked {login} in ADUC on {dc}",
            "Account unlocked; asked {first} to sign in again on {host}",
        ),
        decision(
            "q-signin", "Sign-in after unlock",
            "Can the user sign in now?",
            opt("signin-yes", "Yes, sign-in works", "s-unlocked"),
            opt("signin-no", "No, still rejected", "a-replication",
                "still says locked on some machines but not others"),
        ),
        solution(
            "s-unlocked", "Account unlocked",
            "Unlocked the account and confirmed the user can sign in; reminded the user of "
            "the lockout threshold.",
        ),
        action(
            "a-replication", "Compare the lockout state across DCs",
            "Run repadmin /showrepl and check the lockout state on every domain controller; "
            "force replication from the PDC emulator.",
            "s-replication",
            "repadmin /showrepl: {dc} had not replicated for 3 hours; forced a sync",
            "Lockout still set on one DC; ran repadmin /syncall /AdeP",
        ),
        solution(
            "s-replication", "Unlock on every DC after replication",
            "Fixed replication, unlocked the account on every DC and confirmed the user can "
            "sign in from any site.",
        ),
        decision(
            "q-message", "Sign-in message",
            "What does the user see when signing in?",
            opt("msg-expired", "The password has expired and must be changed", "s-expired",
                "Windows tells {first} the password expired and has to be changed"),
            opt("msg-wrong", "The user name or password is incorrect", "a-reset"),
            opt("msg-trust", "The trust relationship with the primary domain failed",
                "s-trust",
                "error about the trust relationship between this workstation and the domain"),
        ),
        solution(
            "s-expired", "Change the expired password",
            "Set 'User must change password at next logon' and walk the user through the "
            "change on a domain-joined machine on the network or VPN.",
        ),
        action(
            "a-reset", "Reset the password",
            "Verify the user's identity with the callback procedure and reset the password "
            "in ADUC.",
            "s-reset",
            "Identity verified by callback; password reset for {login}",
            "Manager confirmed identity; temporary password issued to {first}",
        ),
        solution(
            "s-reset", "Password reset after identity check",
            "Reset the password after verifying identity; the user signed in with the new "
            "password.",
        ),
        solution(
            "s-trust", "Rejoin the workstation to the domain",
            "Sign in with a local admin account, repair the secure channel with "
            "Reset-ComputerMachinePassword (or rejoin the domain) and reboot.",
        ),
        solution(
            "s-disabled", "Re-enable the account",
            "The account was disabled, not locked: confirm with the manager or HR, then "
            "re-enable it in ADUC.",
        ),
    ),
)

VPN = FlowSpec(
    id="vpn-cannot-connect",
    name="VPN client cannot connect",
    description=(
        "Use when a remote user's VPN fails to connect (error 809, error 720, rejected "
        "credentials) or connects without reaching internal resources."
    ),
    domain="networking",
    team="service-desk",
    keywords=(
        "vpn", "error 809", "error 720", "L2TP/IPsec", "SSTP", "NAT-T", "split tunnel",
        "remote access", "RADIUS",
    ),
    success_rate=0.81,
    summaries={
        "err-809": (
            "{user} gets VPN error 809 working from home ({client})",
            "VPN fails with 809 on {host}, remote user cannot reach the office",
            "Error 809 when {first} connects to the {client} VPN",
        ),
        "err-720": (
            "VPN error 720 on {host} after a Windows update",
            "{user} ({client}): 'error 720, a connection could not be established'",
        ),
        "auth-fail": (
            "VPN rejects {first}'s credentials ({client})",
            "{user} cannot authenticate to the VPN from {host}",
        ),
        "no-access": (
            "VPN connects but {user} cannot open the file shares",
            "{first} on VPN cannot reach internal apps ({client})",
        ),
    },
    nodes=(
        decision(
            "root", "VPN symptom",
            "What happens when the user tries to connect to the VPN?",
            opt("err-809", "Error 809: the network connection could not be established",
                "q-internet",
                "it fails straight away with 809"),
            opt("err-720", "Error 720: a connection to the remote computer could not be "
                "established", "a-miniports"),
            opt("auth-fail", "Authentication fails or the credentials are rejected", "q-pwd",
                "it keeps asking for the password and then says authentication failed"),
            opt("no-access", "It connects, but internal resources do not load", "q-split",
                "VPN says connected but none of the drives or the intranet open"),
        ),
        decision(
            "q-internet", "Internet connectivity",
            "Does the user's internet connection work for ordinary websites?",
            opt("inet-no", "No internet at all", "s-internet"),
            opt("inet-yes", "Yes, browsing works", "q-nat",
                "websites load fine, it's only the VPN"),
        ),
        solution(
            "s-internet", "Restore internet connectivity first",
            "Power-cycled the home router and reconnected Wi-Fi; the VPN cannot connect "
            "without internet. Retested once browsing worked.",
        ),
        decision(
            "q-nat", "Network type",
            "Is the user behind a NAT router or on a network that may block IPsec "
            "(UDP 500/4500)?",
            opt("nat-home", "Home router with NAT", "a-nat-t",
                "they're on their normal broadband router at home"),
            opt("nat-public", "Public or guest network (hotel, café, airport)", "s-sstp"),
            opt("nat-unknown", "Not sure", "a-ports"),
        ),
        action(
            "a-nat-t", "Enable NAT traversal",
            "Set HKLM\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent\\"
            "AssumeUDPEncapsulationContextOnSendRule to 2 and reboot the client.",
            "s-nat-t",
            "Registry value set on {host}; rebooted",
            "AssumeUDPEncapsulationContextOnSendRule=2 pushed to {host} via remote session",
        ),
        solution(
            "s-nat-t", "NAT traversal enabled",
            "Enabled NAT-T with AssumeUDPEncapsulationContextOnSendRule=2; after a reboot the "
            "L2TP/IPsec VPN connected.",
        ),
        solution(
            "s-sstp", "Use the SSTP profile",
            "Switched the user to the SSTP (TCP 443) VPN profile, which passes through "
            "networks that block IPsec.",
        ),
        action(
            "a-ports", "Test the VPN ports",
            "Run Test-NetConnection against the gateway on port 443 and check the firewall "
            "log for UDP 500/4500 from the user's public IP.",
            "q-ports",
            "TCP 443 open; firewall log checked for {public_ip}",
            "Test-NetConnection succeeded on 443; searched gateway logs for {public_ip}",
        ),
        decision(
            "q-ports", "Gateway log",
            "Did the gateway see the connection attempts?",
            opt("ports-blocked", "No, nothing reached the gateway", "s-isp-block"),
            opt("ports-reached", "Yes, the attempts reach the gateway", "esc-gateway"),
        ),
        solution(
            "s-isp-block", "Upstream network blocks IPsec",
            "The upstream network drops UDP 500/4500; moved the user to the SSTP profile and "
            "noted the provider in the ticket.",
        ),
        escalation(
            "esc-gateway", "Escalate to the network team",
            "Attempts arrive but IKE negotiation fails: escalate to the network team with the "
            "gateway log and the client's timestamps.",
            "IKE negotiation fails for {public_ip}; network team to review gateway",
            "Gateway sees {first}'s attempts but phase 1 never completes; passed to network",
        ),
        action(
            "a-miniports", "Reset the WAN miniports",
            "Remove the WAN Miniport (IP, IPv6, Network Monitor) adapters in Device Manager, "
            "scan for hardware changes, run netsh int ip reset and reboot.",
            "q-720",
            "Miniports removed and re-detected on {host}; TCP/IP stack reset",
            "netsh int ip reset done, WAN Miniports reinstalled after reboot",
        ),
        decision(
            "q-720", "After the reset",
            "Does the VPN connect after the miniport reset and reboot?",
            opt("fixed-720", "Yes", "s-720"),
            opt("still-720", "No, still error 720", "s-rebuild-profile"),
        ),
        solution(
            "s-720", "WAN miniports reset",
            "Reinstalled the WAN Miniport adapters and reset the TCP/IP stack; the VPN "
            "connects without error 720.",
        ),
        solution(
            "s-rebuild-profile", "Rebuild the VPN profile",
            "Deleted and recreated the VPN connection (re-deployed the Intune VPN profile); "
            "error 720 cleared.",
        ),
        decision(
            "q-pwd", "Password elsewhere",
            "Does the user's password work for other services (webmail, Windows sign-in)?",
            opt("pwd-bad", "No, it is rejected everywhere", "s-account"),
            opt("pwd-ok", "Yes, only the VPN rejects it", "q-mfa",
                "password is fine for Outlook on the web, just not the VPN"),
        ),
        solution(
            "s-account", "Fix the account first",
            "The account, not the VPN, was the problem: unlocked and reset the password "
            "following the AD lockout flow, then reconnected.",
        ),
        decision(
            "q-mfa", "MFA prompt",
            "Does the user receive the MFA prompt for the VPN?",
            opt("mfa-none", "No prompt arrives", "a-mfa"),
            opt("mfa-timeout", "The prompt arrives but the connection times out", "s-radius"),
        ),
        action(
            "a-mfa", "Check the MFA registration",
            "Confirm the user is in the VPN-Users group and has a default MFA method in "
            "Entra ID; check the NPS extension log.",
            "s-mfa-register",
            "{login} in VPN-Users; NPS extension log shows 'no default method'",
            "Group membership fine; Entra shows no registered MFA method for {login}",
        ),
        solution(
            "s-mfa-register", "Re-register MFA",
            "The user had no default MFA method after a phone change; re-registered the "
            "Authenticator app and the VPN connected.",
        ),
        solution(
            "s-radius", "Raise the RADIUS timeout",
            "The RADIUS timeout was shorter than the time to approve MFA; raised the RADIUS "
            "client timeout on the VPN gateway to 60 seconds.",
        ),
        decision(
            "q-split", "Reachability by IP",
            "Can the user reach internal resources by IP address but not by name?",
            opt("split-ip", "Yes, IP addresses work but names do not", "s-vpn-dns",
                "ping to {ip} works but \\\\{server} doesn't resolve"),
            opt("split-none", "No, nothing internal responds", "s-routes"),
        ),
        solution(
            "s-vpn-dns", "Fix DNS on the VPN adapter",
            "Set the internal DNS servers and DNS suffix in the VPN profile; internal names "
            "resolve over the tunnel.",
        ),
        solution(
            "s-routes", "Add the missing split-tunnel route",
            "The split-tunnel route list lacked the internal subnet; added the route to the "
            "VPN profile and reconnected.",
        ),
    ),
)

OUTLOOK = FlowSpec(
    id="outlook-mailbox",
    name="Outlook or Microsoft 365 mailbox problem",
    description=(
        "Use for Outlook password prompts, mail not syncing, full mailboxes or Outlook "
        "crashing on start."
    ),
    domain="m365",
    team="service-desk",
    keywords=(
        "outlook", "microsoft 365", "password prompt", "disconnected", "ost", "mailbox full",
        "quota", "safe mode", "exchange online",
    ),
    success_rate=0.86,
    summaries={
        "sym-prompt": (
            "Outlook keeps asking {user} for a password ({client})",
            "Constant credential prompts in Outlook on {host}",
        ),
        "sym-sync": (
            "{first}'s Outlook stuck on 'Updating' / no new mail since yesterday",
            "Outlook shows Disconnected for {user} at {client}",
        ),
        "sym-full": (
            "{user} cannot send: mailbox full warning ({client})",
            "Mailbox over quota for {login}@{domain}",
        ),
        "sym-crash": (
            "Outlook crashes on start for {first} on {host}",
            "{user}: Outlook closes right after the splash screen",
        ),
    },
    nodes=(
        decision(
            "root", "Outlook symptom",
            "Which symptom best describes the Outlook problem?",
            opt("sym-prompt", "Outlook keeps prompting for a password", "q-prompt",
                "it pops up asking for credentials every few minutes"),
            opt("sym-sync", "Mail is not syncing, or shows Updating / Disconnected", "q-owa",
                "no new emails since yesterday afternoon, status bar says disconnected"),
            opt("sym-full", "Mailbox full, cannot send because of the quota", "a-quota"),
            opt("sym-crash", "Outlook crashes or will not open", "a-safe-mode"),
        ),
        decision(
            "q-prompt", "Prompt type",
            "Which sign-in window appears?",
            opt("prompt-modern", "The Microsoft sign-in window, over and over", "a-tokens"),
            opt("prompt-basic", "An old-style Windows Security credentials box",
                "s-modern-auth",
                "it's the grey Windows Security box, not the Microsoft one"),
        ),
        solution(
            "s-modern-auth", "Turn modern authentication back on",
            "Removed the registry values disabling ADAL/WAM for Office and restarted "
            "Outlook; the basic-auth prompt stopped.",
        ),
        action(
            "a-tokens", "Clear cached credentials",
            "Remove the MicrosoftOffice16 entries from Credential Manager, sign out of the "
            "Office apps and rename %LOCALAPPDATA%\\Microsoft\\IdentityCache.",
            "q-prompt-fixed",
            "{count} cached Office credentials removed on {host}",
            "Credential Manager cleared, IdentityCache renamed, signed back in as {login}",
        ),
        decision(
            "q-prompt-fixed", "After clearing",
            "Does Outlook stay signed in after a restart?",
            opt("prompt-gone", "Yes", "s-tokens"),
            opt("prompt-back", "No, the prompts continue", "s-broker"),
        ),
        solution(
            "s-tokens", "Stale tokens cleared",
            "Cleared the cached Office credentials and identity cache; Outlook stays signed "
            "in.",
        ),
        solution(
            "s-broker", "Re-register the AAD broker plugin",
            "Re-registered Microsoft.AAD.BrokerPlugin with PowerShell and confirmed "
            "dsregcmd /status is healthy; Outlook stays signed in.",
        ),
        decision(
            "q-owa", "Outlook on the web",
            "Does the mailbox look right in Outlook on the web?",
            opt("owa-ok", "Yes, OWA shows current mail", "q-ost",
                "webmail has all the new messages"),
            opt("owa-broken", "No, OWA is wrong too", "esc-m365"),
        ),
        escalation(
            "esc-m365", "Escalate to the Microsoft 365 admin",
            "The problem is on the service side: check Microsoft 365 service health and open "
            "a Microsoft support case if no incident is listed.",
            "Mailbox {login}@{domain} also broken in OWA; Microsoft case needed",
            "Server-side mail flow issue for {client}; no advisory listed, raised with Microsoft",
        ),
        decision(
            "q-ost", "OST size",
            "How large is the user's OST file?",
            opt("ost-big", "Over 50 GB", "s-cache-window"),
            opt("ost-normal", "Under 50 GB", "a-rebuild-ost"),
        ),
        solution(
            "s-cache-window", "Shrink the cached mail window",
            "Set the Cached Exchange Mode window to 12 months and let Outlook rebuild the "
            "OST; sync recovered.",
        ),
        action(
            "a-rebuild-ost", "Rebuild the OST",
            "Close Outlook, rename the .ost file in %LOCALAPPDATA%\\Microsoft\\Outlook and "
            "restart Outlook to resynchronise.",
            "s-ost-rebuilt",
            "Renamed {login}.ost on {host}; resync started",
            "Old OST renamed, Outlook downloading mail again",
        ),
        solution(
            "s-ost-rebuilt", "OST rebuilt",
            "Renamed the corrupt OST and let Outlook resynchronise; mail is current again.",
        ),
        action(
            "a-quota", "Check the mailbox size",
            "Run Get-EXOMailboxStatistics for the user and compare TotalItemSize with "
            "ProhibitSendQuota.",
            "q-archive",
            "TotalItemSize 49.6 GB of 50 GB for {login}",
            "Mailbox at 99% of quota; Deleted Items alone holds {count} GB",
        ),
        decision(
            "q-archive", "Archive licence",
            "Does the user's licence include an online archive?",
            opt("archive-yes", "Yes (E3/E5 or Exchange Online Plan 2)", "s-archive"),
            opt("archive-no", "No archive in the current licence", "s-cleanup"),
        ),
        solution(
            "s-archive", "Enable the online archive",
            "Enabled the online archive with a two-year move-to-archive policy and ran "
            "Start-ManagedFolderAssistant to free space.",
        ),
        solution(
            "s-cleanup", "Clean up the mailbox",
            "Emptied Deleted Items, removed large attachments together with the user and "
            "sorted by size; the mailbox is back under quota.",
        ),
        action(
            "a-safe-mode", "Start Outlook in safe mode",
            "Run outlook.exe /safe to start without add-ins.",
            "q-safe",
            "Started Outlook with /safe on {host}",
            "outlook.exe /safe launched for {first}",
        ),
        decision(
            "q-safe", "Safe mode",
            "Does Outlook open in safe mode?",
            opt("safe-yes", "Yes, safe mode works", "s-addin",
                "safe mode opens fine, no crash"),
            opt("safe-no", "No, it crashes in safe mode too", "a-repair"),
        ),
        solution(
            "s-addin", "Disable the faulty add-in",
            "Disabled COM add-ins one at a time; a faulty add-in caused the crash and stays "
            "disabled until the vendor updates it.",
        ),
        action(
            "a-repair", "Repair Office",
            "Run Quick Repair, then Online Repair from Installed apps if needed.",
            "s-new-profile",
            "Quick Repair finished, Outlook still crashing",
            "Online Repair completed on {host}; crash persists",
        ),
        solution(
            "s-new-profile", "Create a new Outlook profile",
            "Created a new mail profile in Control Panel > Mail and set it as the default; "
            "Outlook opens normally.",
        ),
    ),
)

PRINT_SPOOLER = FlowSpec(
    id="print-spooler-stuck",
    name="Print jobs stuck in the queue",
    description=(
        "Use when print jobs sit in the queue and nothing prints, on one computer or for "
        "everyone using a print server."
    ),
    domain="printing",
    team="service-desk",
    keywords=(
        "print spooler", "stuck print job", "printer queue", "spoolsv", "event 7031",
        "event 808", "print server", "printer offline",
    ),
    success_rate=0.9,
    summaries={
        "scope-one": (
            "Print jobs stuck on {host}, nothing comes out of the {printer}",
            "{user} cannot print, jobs sit in the queue ({client})",
        ),
        "scope-all": (
            "Nobody can print to the {printer} at {client}",
            "Queue for the {printer} stuck for the whole office",
        ),
        "scope-server": (
            "All printers on {print_server} stopped printing",
            "Print server {print_server} queues stalled at {client}",
        ),
    },
    nodes=(
        decision(
            "root", "Scope",
            "Are jobs stuck on a single computer or for everyone?",
            opt("scope-one", "Only one computer", "a-local-spooler",
                "just {first}'s machine, colleagues can print fine"),
            opt("scope-all", "Everyone printing to that printer", "q-panel",
                "the whole team can't print to that one printer"),
            opt("scope-server", "All printers on the print server", "a-server-spooler"),
        ),
        action(
            "a-local-spooler", "Clear the local spooler",
            "Run net stop spooler, delete the files in C:\\Windows\\System32\\spool\\PRINTERS, "
            "then net start spooler.",
            "q-local",
            "{count} stuck job files deleted on {host}; spooler restarted",
            "Spooler stopped, PRINTERS folder cleared, service started again",
        ),
        decision(
            "q-local", "Test page",
            "Does a test page print now?",
            opt("local-ok", "Yes", "s-local"),
            opt("local-fail", "No, the spooler stops again", "q-crash",
                "the spooler service keeps stopping by itself"),
        ),
        solution(
            "s-local", "Local spooler cleared",
            "Cleared the stuck job files and restarted the Print Spooler; the test page "
            "printed.",
        ),
        decision(
            "q-crash", "Spooler crashes",
            "Does the Print Spooler service crash soon after starting (event 7031 or 7034)?",
            opt("crash-yes", "Yes, it keeps stopping", "s-driver"),
            opt("crash-no", "No, it runs but jobs never leave the queue", "a-port"),
        ),
        solution(
            "s-driver", "Remove the faulty printer driver",
            "Removed the corrupt driver package with printui /s /t2 and installed the current "
            "vendor driver; the spooler stays running.",
        ),
        action(
            "a-port", "Check the printer port",
            "Ping the printer, open its web page and compare its IP with the Standard TCP/IP "
            "port in the printer properties.",
            "q-port",
            "Printer answers on {ip}; port configured with an older address",
            "Printer web page reachable at {ip}; compared with port settings",
        ),
        decision(
            "q-port", "Port address",
            "Does the port point at the printer's current IP address?",
            opt("port-wrong", "No, the printer's IP changed", "s-port"),
            opt("port-right", "Yes, the port is correct", "s-readd"),
        ),
        solution(
            "s-port", "Update the port and reserve the IP",
            "Pointed the TCP/IP port at the new address and added a DHCP reservation for the "
            "printer.",
        ),
        solution(
            "s-readd", "Remove and re-add the printer",
            "Removed the printer and its queue, re-added it from the print server and printed "
            "a test page.",
        ),
        decision(
            "q-panel", "Printer panel",
            "Does the printer's own panel show an error (paper jam, toner, offline)?",
            opt("panel-error", "Yes, there is an error on the display", "s-hardware",
                "the screen on the printer says paper jam in tray 2"),
            opt("panel-ready", "No, the printer looks ready", "a-server-queue"),
        ),
        solution(
            "s-hardware", "Clear the hardware fault",
            "Cleared the jam or replaced the toner as the panel asked, power-cycled the "
            "printer and resumed the queue.",
        ),
        action(
            "a-server-queue", "Cancel the blocking job",
            "Open the queue on the print server and delete the first job; restart the "
            "server's spooler if it will not delete.",
            "s-server-queue",
            "First job ({count} MB) stuck in 'Deleting'; spooler on {print_server} restarted",
            "Blocking job from {login} removed from the queue",
        ),
        solution(
            "s-server-queue", "Blocking job removed",
            "A corrupt job at the head of the queue blocked everything; removed it and the "
            "queue drained.",
        ),
        action(
            "a-server-spooler", "Restart the print server spooler",
            "Restart the Print Spooler on the print server and check the PrintService logs "
            "for events 372 and 808.",
            "q-events",
            "Spooler restarted on {print_server}; reviewed PrintService/Admin log",
            "{print_server} spooler back up, event log exported",
        ),
        decision(
            "q-events", "Server events",
            "What does the print server log?",
            opt("event-808", "Event 808: a print driver plug-in failed to load", "s-isolate"),
            opt("event-disk", "The drive holding the spool folder is full", "s-spool-disk",
                "C: on the print server is basically full"),
            opt("event-none", "Nothing relevant", "esc-print-server"),
        ),
        solution(
            "s-isolate", "Isolate the failing driver",
            "Set the failing driver's isolation to 'Isolated' in Print Management so a "
            "driver crash no longer stops every queue.",
        ),
        solution(
            "s-spool-disk", "Free the spool drive",
            "Freed space on the drive holding the spool folder and moved spooling to a data "
            "volume; all queues recovered.",
        ),
        escalation(
            "esc-print-server", "Escalate to infrastructure",
            "Queues stall without any logged error: escalate to the infrastructure team with "
            "a spooler memory dump.",
            "All queues on {print_server} stall with no events; needs server-level analysis",
            "Spooler on {print_server} hangs silently; dump collected for infrastructure",
        ),
    ),
)

DISK_FULL = FlowSpec(
    id="endpoint-disk-full",
    name="Low disk space on a computer",
    description=(
        "Use when a laptop or desktop warns about low disk space or has run out of room on "
        "a drive."
    ),
    domain="endpoint",
    team="service-desk",
    keywords=(
        "disk full", "low disk space", "C: drive full", "WinSxS", "hiberfil.sys",
        "storage sense", "treesize", "onedrive files on-demand",
    ),
    success_rate=0.93,
    summaries={
        "drive-c": (
            "C: drive full on {host}, only {gb} GB free",
            "{user} ({client}) gets low disk space warnings, laptop crawling",
            "{host} out of disk space, updates failing",
        ),
        "drive-recovery": (
            "Low disk space warning for a small drive on {host}",
            "{first} keeps seeing 'low disk space on Recovery'",
        ),
        "drive-data": (
            "D: drive full on {host} ({client})",
            "{user}'s data drive has no space left",
        ),
    },
    nodes=(
        decision(
            "root", "Which drive",
            "Which drive is reporting low space?",
            opt("drive-c", "The system drive C:", "a-cleanup",
                "it's the C drive, {gb} GB left"),
            opt("drive-recovery", "A small recovery or system partition with a drive letter",
                "s-hide-recovery"),
            opt("drive-data", "A secondary data drive", "q-data"),
        ),
        action(
            "a-cleanup", "Run a quick cleanup",
            "Clear %TEMP% and C:\\Windows\\Temp, empty the Recycle Bin and run Disk Cleanup "
            "or Storage Sense.",
            "q-recovered",
            "Cleanup recovered {count} GB on {host}",
            "Temp folders and Recycle Bin emptied; Disk Cleanup finished",
        ),
        decision(
            "q-recovered", "After cleanup",
            "Is more than 10 GB free on C: now?",
            opt("recovered-yes", "Yes", "s-cleanup"),
            opt("recovered-no", "No, it is still low", "a-scan",
                "barely made a dent, still under 5 GB"),
        ),
        solution(
            "s-cleanup", "Temporary files cleared",
            "Cleared temporary files and the Recycle Bin and turned on Storage Sense to keep "
            "C: above 10 GB free.",
        ),
        action(
            "a-scan", "Find what uses the space",
            "Run WizTree or TreeSize as administrator and sort the folders by size.",
            "q-culprit",
            "Scan of {host} finished; largest folders listed",
            "WizTree run as admin, top {count} folders reviewed with {first}",
        ),
        decision(
            "q-culprit", "Largest consumer",
            "What takes most of the space?",
            opt("culprit-winsxs", "Windows Update files (WinSxS, SoftwareDistribution)",
                "s-dism"),
            opt("culprit-profile", "User data (Downloads, Desktop, PST files)", "s-move-data",
                "mostly her Downloads folder and a couple of huge PSTs"),
            opt("culprit-onedrive", "OneDrive files kept on the device", "s-on-demand",
                "the OneDrive folder is {count} GB, everything is downloaded"),
            opt("culprit-hiberfil", "hiberfil.sys or pagefile.sys", "s-hiberfil"),
            opt("culprit-dumps", "Memory dumps or application logs", "s-dumps"),
        ),
        solution(
            "s-dism", "Clean up the component store",
            "Ran DISM /Online /Cleanup-Image /StartComponentCleanup and cleared the "
            "SoftwareDistribution download cache.",
        ),
        solution(
            "s-move-data", "Move user data off the device",
            "Moved large downloads and old PST files to OneDrive or the home share with the "
            "user's agreement.",
        ),
        solution(
            "s-on-demand", "Turn on Files On-Demand",
            "Enabled OneDrive Files On-Demand and freed up space on large folders; the files "
            "stay available online.",
        ),
        solution(
            "s-hiberfil", "Disable hibernation and reset the pagefile",
            "Ran powercfg /hibernate off and set the pagefile back to system managed, "
            "freeing several GB.",
        ),
        solution(
            "s-dumps", "Remove dumps and cap the logs",
            "Deleted C:\\Windows\\MEMORY.DMP and old minidumps and capped the size of the "
            "application logs.",
        ),
        solution(
            "s-hide-recovery", "Remove the recovery partition's drive letter",
            "The recovery partition had a drive letter after an upgrade; removed it with "
            "diskpart so the warning stops.",
        ),
        decision(
            "q-data", "Data drive use",
            "What is the data drive used for?",
            opt("data-backup", "A local backup target (File History, backup agent)",
                "s-retention"),
            opt("data-files", "User files and media", "s-archive-data"),
        ),
        solution(
            "s-retention", "Reduce local backup retention",
            "Reduced File History retention to three months and cleaned up older versions.",
        ),
        solution(
            "s-archive-data", "Archive old files",
            "Moved files untouched for two years to the SharePoint archive library with the "
            "user's agreement.",
        ),
    ),
)

DNS = FlowSpec(
    id="dns-resolution-failure",
    name="DNS names do not resolve",
    description=(
        "Use when computers cannot resolve internal or external names, from a single device "
        "up to every site."
    ),
    domain="networking",
    team="infrastructure",
    keywords=(
        "dns", "name resolution", "nslookup", "DNS_PROBE_FINISHED_NXDOMAIN", "forwarders",
        "event 4013", "stale record", "ipconfig /flushdns",
    ),
    success_rate=0.84,
    summaries={
        "dns-one": (
            "{host} cannot resolve internal names ({client})",
            "{user} gets DNS_PROBE_FINISHED_NXDOMAIN for the intranet",
        ),
        "dns-site": (
            "Name resolution failing at {site} ({client})",
            "Users at {site} cannot open websites, DNS errors",
        ),
        "dns-all": (
            "DNS down for all of {client}",
            "Every site at {client} reports name resolution failures",
        ),
    },
    nodes=(
        decision(
            "root", "Scope",
            "How many devices are affected by the name-resolution failure?",
            opt("dns-one", "One device", "a-client-dns",
                "only {first}'s laptop, everyone else is fine"),
            opt("dns-site", "Everyone at one site", "q-site",
                "the whole {site} is affected"),
            opt("dns-all", "Everyone, at all sites", "a-dc-dns"),
        ),
        action(
            "a-client-dns", "Check the client's DNS settings",
            "Run ipconfig /all and nslookup for an internal name; note which DNS servers the "
            "adapter uses.",
            "q-client-servers",
            "ipconfig /all captured on {host}",
            "nslookup {server} fails from {host}; adapter settings noted",
        ),
        decision(
            "q-client-servers", "Client DNS servers",
            "Which DNS servers does the device use?",
            opt("servers-public", "Public resolvers or the home router", "s-client-dhcp",
                "it's got 8.8.8.8 typed in statically"),
            opt("servers-internal", "The internal DNS servers", "a-flush"),
            opt("servers-vpn", "The VPN adapter's DNS is set but ignored", "s-nrpt"),
        ),
        solution(
            "s-client-dhcp", "Use the DHCP-assigned DNS servers",
            "Removed the static public DNS servers from the adapter; the device now uses the "
            "internal DNS servers.",
        ),
        solution(
            "s-nrpt", "Send internal queries to the VPN DNS",
            "Adjusted the interface metric and NRPT rule so queries for the internal zone go "
            "to the VPN adapter's DNS servers.",
        ),
        action(
            "a-flush", "Flush and re-register",
            "Run ipconfig /flushdns and ipconfig /registerdns, then retry nslookup.",
            "q-flushed",
            "Cache flushed on {host}",
            "flushdns and registerdns run; retried lookups",
        ),
        decision(
            "q-flushed", "After flushing",
            "Do names resolve after flushing the cache?",
            opt("flush-ok", "Yes", "s-flushed"),
            opt("flush-one-name", "No, one specific name still fails", "s-stale-record",
                "everything works except {server}, that one still goes to the wrong IP"),
        ),
        solution(
            "s-flushed", "Stale cache cleared",
            "A stale negative cache entry caused it; flushed the DNS cache and names resolve.",
        ),
        solution(
            "s-stale-record", "Correct the stale DNS record",
            "The A record pointed at an old IP; corrected it, enabled scavenging on the zone "
            "and flushed the client cache.",
        ),
        decision(
            "q-site", "Site DNS server",
            "Does the site's DNS server (or domain controller) respond?",
            opt("site-down", "No, it is down", "s-failover"),
            opt("site-up", "Yes, but queries fail", "a-forwarders"),
        ),
        solution(
            "s-failover", "Add a secondary DNS server",
            "Added the head-office DNS server as secondary in the site's DHCP options and "
            "restarted the failed DNS server.",
        ),
        action(
            "a-forwarders", "Test forwarders",
            "On the site DNS server, run Resolve-DnsName against itself for an external name "
            "and check the forwarders in DNS Manager.",
            "q-which-names",
            "External lookups time out on {server}; forwarders listed",
            "Resolve-DnsName tested on {server}; results recorded",
        ),
        decision(
            "q-which-names", "Failing names",
            "Which names fail?",
            opt("fail-external", "Only external names", "s-forwarders",
                "internal stuff resolves, anything on the internet doesn't"),
            opt("fail-internal", "Only internal names", "s-zone"),
        ),
        solution(
            "s-forwarders", "Repair the forwarders",
            "The provider's forwarder addresses had changed; updated the forwarders, kept "
            "root hints as fallback and cleared the server cache.",
        ),
        solution(
            "s-zone", "Fix zone replication",
            "The site DC had not replicated the AD-integrated zone; fixed replication with "
            "repadmin /syncall and restarted the DNS Server service.",
        ),
        action(
            "a-dc-dns", "Check DNS on the domain controllers",
            "Confirm the DNS Server service runs on every DC and read the DNS Server event "
            "log for events 4000 and 4013.",
            "q-dc-events",
            "DNS service state checked on {dc}; event log reviewed",
            "All DCs polled; DNS Server log exported from {dc}",
        ),
        decision(
            "q-dc-events", "DNS Server events",
            "What does the DNS Server log show?",
            opt("dc-4013", "Event 4013: waiting for AD replication", "s-4013"),
            opt("dc-4000", "Event 4000: cannot open Active Directory", "esc-ad"),
            opt("dc-clean", "No errors, the service is running", "s-port-53"),
        ),
        solution(
            "s-4013", "Let the DC finish initial sync",
            "The DC waited for initial replication after a restart; fixed the replication "
            "partner and DNS loaded the zones.",
        ),
        escalation(
            "esc-ad", "Escalate to the senior AD engineer",
            "DNS cannot load the AD-integrated zones on any DC: escalate at once to the "
            "senior AD engineer and open a P1 incident.",
            "DNS on {dc} logs event 4000; AD-integrated zones not loading",
            "No DC can load the zones for {client}; P1 opened for the AD engineer",
        ),
        solution(
            "s-port-53", "Reopen port 53",
            "A recent firewall change blocked port 53 between VLANs; restored the rule and "
            "resolution returned.",
        ),
    ),
)

BACKUP = FlowSpec(
    id="backup-job-failed",
    name="Backup job failed",
    description=(
        "Use when a scheduled backup job reports a failure: VSS errors, a full repository, "
        "unreachable hosts or access denied."
    ),
    domain="backup",
    team="infrastructure",
    keywords=(
        "backup failed", "vss", "snapshot", "repository full", "0x80070005",
        "access denied", "veeam", "retention",
    ),
    success_rate=0.79,
    summaries={
        "bk-vss": (
            "Nightly backup of {vm} failed with a VSS error",
            "Backup job for {client} failing: snapshot could not be created",
        ),
        "bk-repo": (
            "Backups failing at {client}, repository out of space",
            "{backup_server} repository full, jobs failing",
        ),
        "bk-network": (
            "Backup of {vm} times out ({client})",
            "{backup_server} cannot reach {vm}, job failed",
        ),
        "bk-denied": (
            "Backup job fails with 0x80070005 access denied on {vm}",
            "File-level backup at {client} failing: access denied",
        ),
    },
    nodes=(
        decision(
            "root", "Failure reported",
            "What does the failed backup job report?",
            opt("bk-vss", "A VSS error (snapshot failed, writer in a failed state)",
                "a-writers",
                "job log says it couldn't create the shadow copy"),
            opt("bk-repo", "The repository is out of space", "q-retention"),
            opt("bk-network", "Cannot connect to the host or agent, or a timeout", "q-reach"),
            opt("bk-denied", "Access denied (0x80070005) or file in use", "q-creds",
                "error 0x80070005 on half the files"),
        ),
        action(
            "a-writers", "List the VSS writers",
            "Run vssadmin list writers on the protected server and note any writer that is "
            "not Stable.",
            "q-writer",
            "vssadmin list writers captured on {vm}",
            "Writers listed on {vm}; {count} checked",
        ),
        decision(
            "q-writer", "Failed writer",
            "Which writer is in a failed state?",
            opt("writer-sql", "SqlServerWriter", "s-sql-writer",
                "the SQL one shows 'Failed' with a retryable error"),
            opt("writer-system", "System Writer or WMI Writer", "s-system-writer"),
            opt("writer-none", "All writers are stable", "a-shadow-storage"),
        ),
        solution(
            "s-sql-writer", "Restart the SQL VSS writer",
            "Restarted the SQL Server VSS Writer service and re-ran the job; the snapshot "
            "succeeded.",
        ),
        solution(
            "s-system-writer", "Restart Cryptographic Services and WMI",
            "Restarted Cryptographic Services (System Writer) and Winmgmt, then re-ran the "
            "job successfully.",
        ),
        action(
            "a-shadow-storage", "Check shadow storage",
            "Run vssadmin list shadowstorage and check that the volume has at least 10% free.",
            "s-shadow-storage",
            "Shadow storage on {vm} at its maximum; volume {count}% free",
            "vssadmin shows shadow storage exhausted on the data volume",
        ),
        solution(
            "s-shadow-storage", "Increase shadow storage",
            "Raised the shadow storage limit with vssadmin resize shadowstorage and freed "
            "volume space; the backup completed.",
        ),
        decision(
            "q-retention", "Retention",
            "Does retention remove old restore points as expected?",
            opt("retention-ok", "Yes, the data has simply grown", "esc-storage"),
            opt("retention-stuck", "No, old restore points are not removed", "a-orphans",
                "there are restore points from 2 years ago still there"),
        ),
        escalation(
            "esc-storage", "Escalate for storage expansion",
            "Data growth exceeds the repository: escalate to the infrastructure lead for more "
            "storage and run a manual compact meanwhile.",
            "Repository on {backup_server} genuinely full after growth; needs expansion",
            "{client} data grew past repository capacity; storage quote requested",
        ),
        action(
            "a-orphans", "Look for orphaned backup chains",
            "Look for restore points of removed VMs and jobs stuck in retention processing.",
            "s-orphans",
            "Found {count} orphaned restore points on {backup_server}",
            "Orphaned chains from decommissioned VMs listed",
        ),
        solution(
            "s-orphans", "Delete orphaned restore points",
            "Removed orphaned restore points of deleted jobs and re-ran retention; the "
            "repository is back to 60% used.",
        ),
        decision(
            "q-reach", "Agent reachability",
            "Can the backup server reach the protected host on the agent port?",
            opt("reach-no", "No", "s-agent-port"),
            opt("reach-yes", "Yes, but the job times out", "a-throughput",
                "ports are open, it just runs out of time"),
        ),
        solution(
            "s-agent-port", "Reopen the agent port",
            "A firewall policy change closed the backup agent port; restored the rule and the "
            "job succeeded.",
        ),
        action(
            "a-throughput", "Review job throughput",
            "Compare the bottleneck statistics (source, proxy, network, target) in the job "
            "session log.",
            "q-bottleneck",
            "Job log for {vm} reviewed; bottleneck stats captured",
            "Last {count} sessions compared on {backup_server}",
        ),
        decision(
            "q-bottleneck", "Bottleneck",
            "Which component is the bottleneck?",
            opt("bottleneck-target", "Target (repository disk)", "s-stagger"),
            opt("bottleneck-network", "Network", "s-throttle"),
        ),
        solution(
            "s-stagger", "Stagger the job schedules",
            "Jobs overlapped on the same repository; staggered the schedules and limited "
            "concurrent tasks so the job fits the window.",
        ),
        solution(
            "s-throttle", "Remove the outdated throttling rule",
            "An old network throttling rule capped the job during business hours; removed it.",
        ),
        decision(
            "q-creds", "Stored credentials",
            "Are the credentials stored in the backup job still valid?",
            opt("creds-expired", "No, the service account password changed", "s-creds",
                "svc-backup password was rotated last week"),
            opt("creds-valid", "Yes, they are valid", "s-app-aware"),
        ),
        solution(
            "s-creds", "Update the stored credentials",
            "Updated the job's stored credentials after the service account password change "
            "and re-ran it successfully.",
        ),
        solution(
            "s-app-aware", "Use application-aware processing",
            "The job tried to copy open files of a line-of-business app; enabled "
            "application-aware processing so they are quiesced first.",
        ),
    ),
)

EMAIL_DELIVERY = FlowSpec(
    id="email-deliverability",
    name="Outbound email lands in spam or bounces",
    description=(
        "Use when messages a customer sends land in recipients' junk folders, bounce with "
        "an NDR, or sit delayed in the queue."
    ),
    domain="email",
    team="infrastructure",
    keywords=(
        "spam", "junk folder", "ndr", "bounce", "spf", "dkim", "dmarc", "550 5.7.1",
        "blocklist", "message trace",
    ),
    success_rate=0.77,
    summaries={
        "out-spam": (
            "Emails from {domain} land in customers' junk folders",
            "{client}: invoices going to recipients' spam",
        ),
        "out-bounce": (
            "{user}'s emails bounce back with an NDR",
            "Outbound mail from {domain} bouncing ({client})",
        ),
        "out-delay": (
            "Outbound messages from {client} delayed for hours",
            "{first}'s sent mail stuck, recipients get it hours later",
        ),
    },
    nodes=(
        decision(
            "root", "What happens to the mail",
            "What is happening to the outbound messages?",
            opt("out-spam", "Delivered, but they land in the recipients' spam or junk",
                "a-auth",
                "customers say our mails end up in their junk folder"),
            opt("out-bounce", "They bounce back with a non-delivery report", "q-ndr"),
            opt("out-delay", "They are delayed or stuck in the queue", "a-trace"),
        ),
        action(
            "a-auth", "Check SPF, DKIM and DMARC",
            "Read the Authentication-Results header of a message received at an outside "
            "mailbox: note the spf=, dkim= and dmarc= results.",
            "q-auth",
            "Test message to an external mailbox; headers captured",
            "Authentication-Results read from a message {first} sent to Gmail",
        ),
        decision(
            "q-auth", "Authentication result",
            "Which check fails?",
            opt("auth-spf", "SPF fails or soft-fails", "s-spf",
                "spf=softfail in the header"),
            opt("auth-dkim", "DKIM is missing or fails", "s-dkim"),
            opt("auth-dmarc", "SPF and DKIM pass, but DMARC fails", "s-align"),
            opt("auth-pass", "Everything passes", "q-blocklist",
                "all three say pass"),
        ),
        solution(
            "s-spf", "Fix the SPF record",
            "Added the missing sending service to the SPF record, keeping it under ten DNS "
            "lookups.",
        ),
        solution(
            "s-dkim", "Enable DKIM signing",
            "Published the selector1 and selector2 CNAME records and enabled DKIM signing for "
            "the domain in Microsoft 365.",
        ),
        solution(
            "s-align", "Align the sending domain",
            "The third-party sender used its own envelope domain; set up a custom return path "
            "and DKIM domain so DMARC aligns.",
        ),
        decision(
            "q-blocklist", "Blocklists",
            "Is the sending IP or domain on a blocklist?",
            opt("listed", "Yes, it is listed", "a-compromise"),
            opt("not-listed", "No, the reputation is clean", "s-content"),
        ),
        action(
            "a-compromise", "Check for a compromised account",
            "Review the message trace for unusual outbound volume and look for new inbox "
            "rules or sign-ins from unfamiliar locations.",
            "q-compromised",
            "Message trace for {domain} over 7 days reviewed",
            "Outbound volume per mailbox checked; sign-in logs reviewed",
        ),
        decision(
            "q-compromised", "Compromise",
            "Was an account sending spam?",
            opt("compromised", "Yes, one mailbox sent bulk spam", "esc-security"),
            opt("clean", "No sign of compromise", "s-delist"),
        ),
        escalation(
            "esc-security", "Escalate to security",
            "Compromised mailbox: block sign-in, revoke sessions and reset the password, then "
            "hand the incident to security before requesting delisting.",
            "{login}@{domain} sent {count}k spam messages; security incident opened",
            "Compromised mailbox at {client}; blocked and passed to security",
        ),
        solution(
            "s-delist", "Request delisting",
            "No compromise found; submitted delisting requests and monitored delivery for 48 "
            "hours.",
        ),
        solution(
            "s-content", "Review the message content",
            "Authentication and reputation were clean; removed URL shorteners and image-only "
            "content and advised a gradual ramp-up of the new mailing list.",
        ),
        decision(
            "q-ndr", "NDR code",
            "Which code does the bounce show?",
            opt("ndr-571", "550 5.7.1 or 5.7.26 (rejected by policy or unauthenticated)",
                "s-ndr-auth",
                "bounce says 550 5.7.26 unauthenticated email"),
            opt("ndr-511", "550 5.1.1 (recipient does not exist)", "s-ndr-address"),
            opt("ndr-447", "4.4.7 or 5.4.4 (host not found or timed out)", "s-ndr-mx"),
            opt("ndr-523", "552 5.2.3 (message too large)", "s-ndr-size"),
        ),
        solution(
            "s-ndr-auth", "Authenticate the sending domain",
            "The recipient rejected unauthenticated mail; published SPF, enabled DKIM and "
            "added a DMARC record, then resent.",
        ),
        solution(
            "s-ndr-address", "Correct the recipient address",
            "The address did not exist; removed the stale AutoComplete entry and confirmed "
            "the correct address with the recipient.",
        ),
        solution(
            "s-ndr-mx", "Report the recipient's MX problem",
            "The recipient domain's MX record did not resolve; informed the recipient's IT "
            "with the evidence, the messages retry automatically.",
        ),
        solution(
            "s-ndr-size", "Send large files as links",
            "The attachment exceeded the recipient's size limit; shared it as a OneDrive "
            "link instead.",
        ),
        action(
            "a-trace", "Run a message trace",
            "Run a message trace in the Exchange admin center for the last 48 hours and read "
            "the events of the delayed messages.",
            "q-trace",
            "Trace for {login}@{domain} shows {count} messages pending",
            "Message trace run; delayed messages show 'Deferred'",
        ),
        decision(
            "q-trace", "Trace result",
            "What does the trace show?",
            opt("trace-connector", "Deferred on an outbound connector", "s-connector"),
            opt("trace-throttled", "Throttled: sending limits exceeded", "s-limits"),
        ),
        solution(
            "s-connector", "Fix the outbound connector",
            "The smart host's certificate had expired so connector validation failed; "
            "renewed it and revalidated the connector.",
        ),
        solution(
            "s-limits", "Move bulk mail to the mailing service",
            "The user exceeded the recipient rate limit with a mass mailing; moved the "
            "campaign to the approved bulk-mail service.",
        ),
    ),
)

DEFAULT_FLOWS = (
    AD_LOCKOUT, VPN, OUTLOOK, PRINT_SPOOLER, DISK_FULL, DNS, BACKUP, EMAIL_DELIVERY,
)
