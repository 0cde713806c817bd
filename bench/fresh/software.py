"""Two flows about software on a managed Windows laptop: Windows Update failing, stuck or
rolling back; and a business application (the ERP / finance system) that crashes, hangs or
shows an error at sign-in.

Both are about updates, restarts, Software Center, reinstalling and the endpoint team, and a
broken app can follow an update, so they must be told apart. Written by hand from general
service-desk practice.
"""

from __future__ import annotations

from bench.evalset.spec import Action, Decision, Flow, Opener, Solution, no, opt, told, yes

TEAMS = ("service-desk", "service-desk", "endpoint")

# --- windows update ---------------------------------------------------------------------

WIN_UPDATE = Flow(
    id="fr-win-update",
    name="Windows Update failing, stuck or rolling back",
    description=(
        "An update fails to install with an error code, the PC is stuck on the 'Working on "
        "updates' screen, a download sits at 0% or pending, or an update installs and then "
        "undoes its changes on restart. Covers waiting versus forcing a restart, system file "
        "repair (DISM/SFC), resetting Windows Update, metered connections, drivers and BIOS "
        "for feature updates, and escalation for a repair install."
    ),
    domain="endpoint",
    keywords=(
        "Windows Update", "update failed", "stuck updating", "working on updates",
        "undoing changes", "0x80073712", "0x800f081f", "feature update", "cumulative update",
    ),
    teams=TEAMS,
    summaries=(
        "Windows update problem",
        "updates not working",
        "Issue with Windows updates",
        "can't get my laptop to update",
        "windows update issue on my laptop",
        "Problem with the updates on my PC",
    ),
    openers=(
        Opener((("root", "failed"),), (
            "Windows update keeps failing",
            "An update won't install, it fails every time",
        )),
        Opener((("root", "stuck_restart"),), (
            "My laptop is stuck on 'working on updates'",
            "PC is sitting on the 'don't turn off your computer' screen",
        )),
        Opener((("root", "stuck_download"),), (
            "Windows Update is stuck downloading",
            "updates stuck at 0%",
        )),
        Opener((("root", "undoing"),), (
            "It says undoing changes every time I restart",
            "the update installs then rolls itself back",
        )),
        Opener((("root", "stuck_restart"), ("stuck_time", "yes")), (
            "Laptop's been stuck on 'working on updates 35%' since last night",
        )),
        Opener((("root", "undoing"), ("update_type", "feature")), (
            "the Windows 11 24H2 upgrade keeps undoing itself",
        )),
    ),
    hints=(
        Opener((("metered", "yes"),), (
            "Updates won't download - I've had the laptop on my phone's data all week",
        )),
        Opener((("update_type", "monthly"),), (
            "the monthly update keeps undoing itself when I restart",
        )),
        Opener((("restart_first", "yes"),), (
            "Updates are stuck downloading even after restarting twice",
        )),
    ),
    nodes=(
        Decision(
            "root", "What the update does",
            "What is Windows Update doing wrong?",
            (
                opt("failed", "An update fails with an error", "error_kind",
                    ("Fails with an error", "Install failed"),
                    "it says install error",
                    "it keeps failing with an error code",
                    "update failed again"),
                opt("stuck_restart", "Stuck on the 'Working on updates' screen", "stuck_time",
                    ("Stuck on restart screen", "Stuck on 'Working on updates'"),
                    "it's stuck on the screen saying working on updates",
                    "it's sitting on 'don't turn off your PC'",
                    "stuck at 30% on the restart screen"),
                opt("stuck_download", "Stuck downloading or pending", "metered",
                    ("Stuck downloading", "Stuck at 0% / pending"),
                    "it's stuck downloading",
                    "it's been on 0% all day",
                    "says pending download and never starts"),
                opt("undoing", "Installs, then undoes the changes on restart", "update_type",
                    ("Undoing changes", "Rolls back on restart"),
                    "it says we couldn't complete the updates, undoing changes",
                    "it installs and then rolls back",
                    "it goes all the way and then undoes it"),
            ),
            (
                "What's Windows Update actually doing?",
                "Where does it get to - does it fail, hang, or undo itself?",
                "What are you seeing when it updates?",
                "Can you describe what happens with the update?",
            ),
        ),
        Decision(
            "stuck_time", "Stuck for over two hours",
            "Has the updating screen shown no change for more than two hours?",
            (
                told(yes("hard_restart",
                         "yes, since yesterday",
                         "yeah it's been hours",
                         "yes, over three hours"),
                     "it's been stuck on that screen for hours"),
                told(no("sol_wait",
                        "no, maybe half an hour",
                        "no, it only started after lunch",
                        "not that long, no"),
                     "it only started updating about half an hour ago"),
            ),
            (
                "How long has it been on that screen - more than a couple of hours?",
                "Has it been sitting there without changing for over two hours?",
                "Has the percentage stayed the same for two hours or more?",
            ),
            (
                ("why does it matter?",
                 "Big updates can sit on one percentage for quite a while and still be working. "
                 "If it's been longer than about two hours, it's probably stuck. Has it been that "
                 "long?"),
            ),
        ),
        Solution(
            "sol_wait", "Still working - wait",
            "The update is within normal time: leave it plugged in and do not switch it off.",
            (
                "Give it time - it's still working. Leave it plugged in and don't switch it off; "
                "if it hasn't moved in two hours, call us back.",
                "Update still within normal time; user advised to leave it plugged in and not "
                "power off.",
            ),
        ),
        Action(
            "hard_restart", "Force a restart",
            "Hold the power button for 10 seconds to switch off, wait, then start normally and "
            "let Windows roll back or finish.",
            "desktop_back",
            (
                "OK, it's stuck. Hold the power button for ten seconds until it goes off, wait a "
                "moment, then switch it on again and let it do whatever it wants to do.",
                "Let's force it off - hold power down for 10 seconds, then start it again. It may "
                "say it's undoing changes; that's fine.",
            ),
            (
                "Forced off and restarted; it showed 'undoing changes'",
                "Hard power-off and restart done",
            ),
            fails=(
                "Restarted and it went straight back to the same stuck screen",
                "After the forced restart it's on the spinning dots again and not moving",
            ),
            fails_then="no",
        ),
        Decision(
            "desktop_back", "Back to sign-in",
            "After the forced restart, does Windows reach the sign-in screen?",
            (
                yes("error_kind",
                    "yes I'm logged in",
                    "yeah it's back to normal",
                    "yes it got to the login"),
                no("sol_reimage",
                   "no, stuck again",
                   "no it's back on the same screen",
                   "no it won't get past it"),
            ),
            (
                "Has it come back to the normal login screen?",
                "Did it get back to the sign-in screen this time?",
                "Are you able to get to Windows now?",
            ),
        ),
        Solution(
            "sol_reimage", "Rebuild needed",
            "Windows will not start past the update: a deskside engineer runs recovery or "
            "reimages the laptop; a loan laptop meanwhile.",
            (
                "It can't get past the update on its own, so it needs an engineer. Bring it to the "
                "IT desk (or we'll come to you) and we'll rebuild it - your files in the cloud are "
                "safe, and you'll get a loan laptop.",
                "Laptop stuck in update loop; booked for reimage by deskside, loan device issued.",
            ),
        ),
        Decision(
            "error_kind", "Error code",
            "What error code does the update history show for the failed update?",
            (
                told(opt("damaged", "0x80073712 or 0x800f081f (damaged or missing files)",
                         "repair_files",
                         ("0x80073712 / 0x800f081f", "Files damaged or missing"),
                         "0x80073712",
                         "it says 0x800f081f",
                         "something about files missing"),
                     "the error code is 0x80073712"),
                told(opt("other", "Another code, or no code", "reset_components",
                         ("Another code", "No code shown"),
                         "0x80070643",
                         "it just says failed, no number",
                         "a different one, 0x8024 something"),
                     "the code is 0x80070643"),
            ),
            (
                "Go to Settings > Windows Update > Update history - what code does it give next "
                "to the failed one?",
                "Which error number is it showing?",
                "Can you read me the error code from the update history?",
            ),
            (
                ("where do I see that?",
                 "Settings, then Windows Update, then Update history. Next to the failed update "
                 "there's a code starting 0x8. What does it say?"),
            ),
        ),
        Action(
            "repair_files", "Repair Windows system files",
            "Run DISM /Online /Cleanup-Image /RestoreHealth, then sfc /scannow, restart and retry "
            "the update.",
            "retry_ok",
            (
                "I'm going to run a repair of the Windows system files from here - DISM and then "
                "SFC. It takes about 20 minutes; keep working, then restart when I say and try the "
                "update again.",
                "Let's repair the Windows component store: I'll run DISM RestoreHealth and sfc "
                "/scannow remotely, then you restart and retry the update.",
            ),
            (
                "DISM completed, SFC repaired some files; restarted",
                "DISM and SFC ran clean; restarted and retried",
            ),
            fails=(
                "DISM failed at 62% with 0x800f081f, source files could not be found",
                "SFC found damaged files it could not repair",
            ),
            fails_then="no",
        ),
        Decision(
            "retry_ok", "Installs after repair",
            "After the system file repair, does the update install successfully?",
            (
                yes("sol_repaired_files",
                    "yes, installed this time",
                    "yes it went through",
                    "yep, all up to date"),
                no("reset_components",
                   "no same error",
                   "no it failed again",
                   "nope"),
            ),
            (
                "Did the update go through this time?",
                "Has it installed now?",
                "Any luck with the update after the repair?",
            ),
        ),
        Solution(
            "sol_repaired_files", "System files repaired",
            "Damaged Windows component files blocked the update; repaired with DISM and SFC.",
            (
                "The repair fixed it - the update needed some damaged Windows files. You're up to "
                "date now.",
                "Damaged system files repaired with DISM/SFC; update installed.",
            ),
        ),
        Action(
            "reset_components", "Reset Windows Update",
            "Stop the update services, rename SoftwareDistribution and catroot2, start the "
            "services, then check for updates again.",
            "retry_after_reset",
            (
                "Next step is to reset Windows Update itself - I'll stop the services, clear its "
                "download cache folders and start it fresh. Then click Check for updates.",
                "I'm going to clear out Windows Update's cache (SoftwareDistribution and catroot2) "
                "and restart its services; after that, check for updates again.",
            ),
            (
                "Services stopped, SoftwareDistribution and catroot2 renamed, services started",
                "Update cache cleared; checked for updates",
            ),
            fails=(
                "After the reset it downloaded again and failed with the same code",
                "Cache cleared but the update failed again at the install stage",
            ),
            fails_then="no",
        ),
        Decision(
            "retry_after_reset", "Installs after reset",
            "Once the update components were reset, did the update install?",
            (
                yes("sol_reset_components",
                    "yes, done!",
                    "yes it installed",
                    "yep, says up to date"),
                no("sol_escalate_endpoint",
                   "no",
                   "no still failing",
                   "nope, failed again"),
            ),
            (
                "Did it install after the reset?",
                "Has the update gone in now?",
                "Does it say you're up to date now?",
            ),
        ),
        Solution(
            "sol_reset_components", "Windows Update reset",
            "A damaged update cache blocked the update; resetting the components fixed it.",
            (
                "Good, clearing the update cache did it. You're fully up to date now.",
                "Windows Update components reset; update installed successfully.",
            ),
        ),
        Solution(
            "sol_escalate_endpoint", "Endpoint team: repair install",
            "Updates still fail: install the package manually or pass to the endpoint team for an "
            "in-place repair upgrade that keeps files and apps.",
            (
                "It's still refusing, so I'm passing this to the endpoint team - they'll do an "
                "in-place repair of Windows, which keeps your files and apps. They'll contact you "
                "to book a time.",
                "Update failing after repairs; escalated to endpoint team for manual install / "
                "in-place repair upgrade.",
            ),
        ),
        Decision(
            "metered", "Metered connection",
            "Is the current network connection set as a metered connection?",
            (
                told(yes("sol_metered",
                         "yes, it's switched on",
                         "yes metered connection is on",
                         "oh, yes it is"),
                     "I set my connection to metered a while ago to save data"),
                no("restart_first",
                   "no it's off",
                   "no",
                   "not metered"),
            ),
            (
                "In your network settings, is 'Metered connection' switched on?",
                "Could you check whether the connection is marked as metered?",
                "Is 'metered connection' turned on for the network you're on?",
            ),
            (
                ("what does metered mean?",
                 "It's a setting that tells Windows to save data, so it holds back updates. It's "
                 "under Settings > Network, in your connection's properties. Is it on?"),
            ),
        ),
        Solution(
            "sol_metered", "Metered connection",
            "The connection was set as metered, which holds back update downloads; turned off.",
            (
                "That's why - Windows won't download big updates on a metered connection. Switch "
                "it off (or wait till you're in the office) and it'll carry on.",
                "Connection set as metered was blocking downloads; metered turned off and update "
                "downloaded.",
            ),
        ),
        Decision(
            "restart_first", "Restarted since",
            "Has the computer been restarted since the download stopped progressing?",
            (
                told(yes("reset_components",
                         "yes, twice",
                         "yes I restarted this morning",
                         "yep"),
                     "I've already restarted it a couple of times"),
                told(no("restart_pc",
                        "no",
                        "no not yet",
                        "no, I never turn it off"),
                     "I haven't restarted it yet"),
            ),
            (
                "Have you restarted since it got stuck?",
                "Has the laptop been restarted at all since then?",
                "Have you tried a restart since the download stopped?",
            ),
        ),
        Action(
            "restart_pc", "Restart",
            "Restart the computer (Start > Power > Restart, not shut down) and check for updates "
            "again.",
            "dl_moving",
            (
                "Let's start with a proper restart - Start, Power, Restart (not Shut down) - then "
                "go back to Windows Update and click Check for updates.",
                "Please do a full restart and then have another look at Windows Update.",
            ),
            (
                "Restarted; checked for updates",
                "Restart done",
            ),
            fails=(
                "Restarted, still 0% downloading",
                "After the restart it's pending download again",
            ),
            fails_then="no",
        ),
        Decision(
            "dl_moving", "Download moving",
            "After the restart, is the download progressing?",
            (
                yes("sol_restart_dl",
                    "yes it's moving",
                    "yes 40% already",
                    "yep"),
                no("reset_components",
                   "no, still 0",
                   "no it's stuck again",
                   "no, still says pending"),
            ),
            (
                "Is it downloading now?",
                "Has the percentage started going up?",
                "Is the update moving this time?",
            ),
        ),
        Solution(
            "sol_restart_dl", "Restart cleared the download",
            "The download was stuck until a restart; it now downloads and installs normally.",
            (
                "There we go, it just needed a restart. Let it finish and restart when it asks.",
                "Download stuck until restart; now downloading and installing normally.",
            ),
        ),
        Decision(
            "update_type", "Feature or monthly update",
            "Is the update that rolls back a feature update to a new Windows version or a monthly "
            "quality update?",
            (
                told(opt("feature", "Feature update (new Windows version)", "update_drivers",
                         ("Feature update", "New Windows version"),
                         "it's the 24H2 one",
                         "it's the big version upgrade",
                         "feature update to windows 11, version something"),
                     "it's the upgrade to the new Windows version"),
                told(opt("monthly", "Monthly cumulative or security update", "repair_files",
                         ("Monthly update", "Cumulative / security update"),
                         "it's the monthly one",
                         "it says cumulative update for windows 11",
                         "security update KB-something"),
                     "it's one of the monthly cumulative updates"),
            ),
            (
                "Which update is it - one of the big version upgrades, or the monthly cumulative "
                "one?",
                "What's the name of the update that keeps rolling back?",
                "In Update history, is it listed under feature updates or quality updates?",
            ),
            (
                ("how do I tell?",
                 "Look at its name: a feature update says something like 'Windows 11, version "
                 "24H2'; a monthly one says 'Cumulative Update' with a KB number. Which is it?"),
            ),
        ),
        Action(
            "update_drivers", "Update drivers and BIOS first",
            "Feature updates often roll back because of an old driver or BIOS. Install all driver "
            "and BIOS updates from the manufacturer's tool, restart, then retry the feature "
            "update.",
            "feature_again",
            (
                "Feature updates often roll back because of an old driver. Open Dell Command "
                "Update (or Lenovo System Update), install everything it offers including BIOS, "
                "restart, then try the upgrade again.",
                "I'll push the latest drivers and BIOS from here first, then we'll try the upgrade "
                "again - keep it on the charger.",
            ),
            (
                "Drivers and BIOS updated; retried the feature update",
                "Manufacturer tool installed 6 updates incl. BIOS",
            ),
            fails=(
                "BIOS update wouldn't apply on battery; drivers done, feature update rolled back "
                "again",
                "Upgrade rolled back again after the driver updates",
            ),
            fails_then="no",
        ),
        Decision(
            "feature_again", "Feature update completes",
            "After the driver and BIOS updates, does the feature update complete without rolling "
            "back?",
            (
                yes("sol_feature_drivers",
                    "yes, it's on 24H2 now",
                    "yes it finished this time",
                    "yes"),
                no("sol_escalate_endpoint",
                   "no, undone again",
                   "no it rolled back again",
                   "nope"),
            ),
            (
                "Did the upgrade stick this time?",
                "Has the new version installed properly now?",
                "Did it finish without undoing itself?",
            ),
        ),
        Solution(
            "sol_feature_drivers", "Old drivers blocked the upgrade",
            "Outdated drivers or BIOS made the feature update roll back; updated them and the "
            "feature update installed.",
            (
                "That's done it - an old driver was blocking the upgrade. You're on the new "
                "version now.",
                "Outdated drivers/BIOS blocked the feature update; updated, feature update "
                "installed.",
            ),
        ),
    ),
)

# --- business application ----------------------------------------------------------------

ERP = Flow(
    id="fr-erp-error",
    name="Business application (ERP) crashes, hangs or errors at sign-in",
    description=(
        "The ERP / finance system client closes on start, hangs on its loading screen, or "
        "shows an error when the user signs in: not authorised, cannot reach the server, a "
        "certificate error, or 'user already logged on'. Covers outages, client version, the "
        "local cache, a repair install, access and roles, certificates and stale sessions."
    ),
    domain="endpoint",
    keywords=(
        "ERP", "SAP", "finance system", "crash", "error at login", "not authorised",
        "cannot connect to server", "certificate error", "already logged on",
    ),
    teams=TEAMS,
    summaries=(
        "Problem with the finance system",
        "ERP not working",
        "Can't get into SAP",
        "issue with the finance app",
        "business system problem",
        "the accounts system won't work for me",
    ),
    openers=(
        Opener((("root", "crash"),), (
            "The finance system keeps crashing when I open it",
            "SAP closes straight away when I start it",
        )),
        Opener((("root", "error"),), (
            "Getting an error when I log into the finance system",
            "the ERP gives me an error at login",
        )),
        Opener((("root", "hangs"),), (
            "SAP is stuck on the loading screen",
            "the finance app just hangs when I open it",
        )),
        Opener((("root", "error"), ("error_type", "session")), (
            "The finance system says I'm already logged on but I'm not",
        )),
        Opener((("root", "error"), ("error_type", "access")), (
            "ERP says I'm not authorised when I sign in",
        )),
    ),
    hints=(
        Opener((("recent_change", "yes"),), (
            "The finance system stopped working after my laptop had updates",
        )),
        Opener((("others_affected", "no"),), (
            "I seem to be the only one who can't use the finance system",
        )),
        Opener((("role_check", "no"),), (
            "I've just moved to the purchasing team and the ERP won't let me into the new "
            "screens",
        )),
    ),
    nodes=(
        Decision(
            "root", "What the application does",
            "What happens when the user starts the business application?",
            (
                opt("crash", "It closes or crashes on start", "others_affected",
                    ("Crashes / closes", "Closes on start"),
                    "it just closes",
                    "it crashes as soon as I open it",
                    "it flashes up then disappears"),
                opt("error", "It shows an error at sign-in", "error_type",
                    ("Error at sign-in", "Login error"),
                    "I get an error when I log in",
                    "it gives me an error message at the login",
                    "error after I put my details in"),
                opt("hangs", "It hangs on the loading screen", "others_affected",
                    ("Hangs loading", "Stuck on loading"),
                    "it sits on the loading screen",
                    "it freezes on the splash screen",
                    "it just spins"),
            ),
            (
                "What happens when you open it?",
                "Does it crash, give you an error, or just hang?",
                "What do you see when you try to get into it?",
            ),
        ),
        Decision(
            "others_affected", "Others affected",
            "Are other colleagues seeing the same problem with the application at the moment?",
            (
                told(yes("sol_outage",
                         "yes, the whole team",
                         "yeah nobody in finance can get in",
                         "yes, my colleague too"),
                     "nobody else in my team can get in either"),
                told(no("recent_change",
                        "no, just me",
                        "no, others are fine",
                        "it's only me as far as I know"),
                     "everyone else in the office can use it fine"),
            ),
            (
                "Is anyone else near you having the same problem?",
                "Is it happening to your colleagues as well?",
                "Can you check with someone nearby - is theirs doing the same?",
            ),
            (
                ("why?",
                 "If it's everyone, it's a problem with the system itself and I'll raise it with "
                 "the application team straight away. So - is anyone else affected?"),
            ),
        ),
        Solution(
            "sol_outage", "Service outage",
            "The application or its server is down for everyone: link to a major incident with "
            "the application team and keep the user informed.",
            (
                "It's not just you - the system's having problems. I've linked your ticket to the "
                "incident and the app team are on it; we'll email when it's back.",
                "Application outage affecting multiple users; ticket linked to major incident.",
            ),
        ),
        Decision(
            "recent_change", "Recent change",
            "Did the problem start straight after a software update, a Windows upgrade or a new "
            "laptop?",
            (
                told(yes("app_version",
                         "yes, since the update on Monday",
                         "yes, I got a new laptop last week",
                         "yeah right after the restart for updates"),
                     "it started after my laptop updated"),
                told(no("clear_cache",
                        "no, nothing's changed",
                        "not that I know of",
                        "no"),
                     "nothing has changed on my laptop recently"),
            ),
            (
                "Did anything change just before it started - an update or a new laptop?",
                "Has your laptop had updates or been replaced recently, right before this "
                "started?",
                "Did this begin after some kind of update?",
            ),
        ),
        Decision(
            "app_version", "Client version current",
            "Does the installed client version match the version published in Software Center?",
            (
                yes("repair_install",
                    "yes, same version",
                    "yeah they match",
                    "yes, it says installed"),
                no("update_client",
                   "no, mine's older",
                   "no, it's offering an update",
                   "no it's different"),
            ),
            (
                "In Software Center, does it show the app as installed and up to date?",
                "Is your copy the same version as the one in Software Center?",
                "Does Help > About show the same version number as Software Center?",
            ),
            (
                ("where is software center?",
                 "It's in the Start menu - type 'Software Center'. Find the app in the list: does "
                 "it say Installed, with the same version as yours?"),
            ),
        ),
        Action(
            "update_client", "Update the client",
            "Install the current client version from Software Center and restart.",
            "sol_client_updated",
            (
                "Your copy is behind. In Software Center, select the app and click Install (or "
                "Update), then restart.",
                "I'll push the latest version to your laptop now - it'll close the app if it's "
                "open, then restart when it asks.",
            ),
            (
                "Latest client installed; restarted",
                "Updated from Software Center",
            ),
        ),
        Solution(
            "sol_client_updated", "Client out of date",
            "The installed client was older than the published one; updated.",
            (
                "The old version didn't work with the latest changes - with the new one you're "
                "in.",
                "Outdated client after update; current version installed, app working.",
            ),
        ),
        Action(
            "clear_cache", "Clear the local cache",
            "Close the app, clear its local cache and temp files (the client's folder under "
            "%LOCALAPPDATA%), then start it again.",
            "opens_now",
            (
                "Let's clear the app's local cache. Close it, then I'll delete its cache folder "
                "under AppData from here and you open it again.",
                "Can you close the app completely; I'm going to clear its temporary files on your "
                "profile, then try starting it.",
            ),
            (
                "Cache folder cleared; app restarted",
                "Local cache and temp deleted",
            ),
            fails=(
                "Cleared the cache; app still closes on launch",
                "Cache gone but the same thing happens",
            ),
            fails_then="no",
        ),
        Decision(
            "opens_now", "Opens after clearing",
            "Once the local cache was cleared, does the application open normally?",
            (
                yes("sol_cache",
                    "yes, it's open",
                    "yes I'm in",
                    "yep works"),
                no("repair_install",
                   "no, same thing",
                   "no",
                   "still no"),
            ),
            (
                "Does it open now?",
                "Try it now - are you in?",
                "Has that sorted it?",
            ),
        ),
        Solution(
            "sol_cache", "Corrupt local cache",
            "The app's local cache was corrupt; cleared and rebuilt.",
            (
                "The app's local cache was corrupted; it's rebuilt itself. You're good to go.",
                "Corrupt local cache cleared; application opening normally.",
            ),
        ),
        Action(
            "repair_install", "Reinstall the client",
            "Uninstall and reinstall the client from Software Center (or run Repair), then "
            "restart.",
            "opens_after_repair",
            (
                "I'm going to reinstall the app: I'll remove it and push a fresh install from "
                "Software Center. Save anything open - it'll need a restart.",
                "Let's do a repair install: Software Center, find the app, Uninstall, then Install "
                "again and restart.",
            ),
            (
                "Client uninstalled and reinstalled; restarted",
                "Repair install completed",
            ),
            fails=(
                "Reinstalled, still crashes on start",
                "Fresh install, same error",
            ),
            fails_then="no",
        ),
        Decision(
            "opens_after_repair", "Works after reinstall",
            "With the fresh install, does the application work?",
            (
                yes("sol_reinstalled",
                    "yes, it works",
                    "yes all good",
                    "yes I'm in now"),
                no("sol_escalate_app",
                   "no, same",
                   "no it still won't",
                   "nope"),
            ),
            (
                "Is it working after the reinstall?",
                "Can you get in now?",
                "Has the reinstall fixed it?",
            ),
        ),
        Solution(
            "sol_reinstalled", "Reinstalled",
            "A damaged client install; reinstalled from Software Center.",
            (
                "Fresh install did it. Shout if it happens again.",
                "Application reinstalled from Software Center; working.",
            ),
        ),
        Solution(
            "sol_escalate_app", "Application support",
            "Still failing after a reinstall: collect the client logs and escalate to application "
            "support with everything tried.",
            (
                "It's beyond what we can fix at the desk, so I've collected the app's logs and "
                "passed it to the application support team with everything we tried. They'll "
                "contact you today.",
                "Application still failing after reinstall; logs collected, escalated to "
                "application support.",
            ),
        ),
        Decision(
            "error_type", "Sign-in error",
            "Which message does the application show at sign-in?",
            (
                told(opt("access", "Not authorised / no licence for this company", "role_check",
                         ("Not authorised", "No licence / no access"),
                         "it says I'm not authorised",
                         "something about no licence",
                         "user has no access to this company"),
                     "the error says I'm not authorised"),
                told(opt("server", "Cannot connect to the server", "others_affected",
                         ("Can't reach server", "Connection error"),
                         "can't connect to server",
                         "it says server not available",
                         "connection to the database failed"),
                     "the message says it can't connect to the server"),
                told(opt("cert", "Certificate or secure connection error", "cert_refresh",
                         ("Certificate error", "Secure connection error"),
                         "a certificate error",
                         "says the certificate isn't trusted",
                         "something about a secure connection"),
                     "the error mentions a certificate"),
                told(opt("session", "'User already logged on'", "end_session",
                         ("Already logged on", "Session in use"),
                         "it says I'm already logged in",
                         "user already logged on somewhere else",
                         "says my session is still active"),
                     "it says I'm already logged on"),
            ),
            (
                "What does the error say exactly?",
                "Can you read me the message it gives you?",
                "What's the wording of the error?",
            ),
        ),
        Decision(
            "role_check", "Used it before",
            "Has the user been able to use this part of the application before?",
            (
                told(yes("sync_role",
                         "yes, I use it every day",
                         "yes it worked last week",
                         "yeah always have"),
                     "I've always been able to use it"),
                told(no("request_access",
                        "no, it's new for me",
                        "no, I just started using it",
                        "no, first time"),
                     "I've never used it before, I'm new to the team"),
            ),
            (
                "Have you been able to get into it before?",
                "Is this something you used to be able to open without trouble?",
                "Did this work for you in the past?",
            ),
        ),
        Action(
            "request_access", "Request access",
            "Raise an access request for the right role/licence, approved by the user's manager "
            "and the application owner.",
            "sol_access_granted",
            (
                "You'll need access adding. I've raised the request for the role - your manager "
                "gets an approval email, and once they approve it's usually done within the hour.",
                "I'm raising an access request for that module; it goes to your manager to "
                "approve.",
            ),
            (
                "Access request raised; manager approved",
                "Request approved and role assigned",
            ),
        ),
        Solution(
            "sol_access_granted", "Access granted",
            "The user had no role or licence for that area; access request approved and role "
            "assigned.",
            (
                "Your access is through now - sign out of the app and back in and you'll have it.",
                "User had no role/licence; access request approved and role assigned.",
            ),
        ),
        Action(
            "sync_role", "Re-assign the role",
            "Check the user's roles in the application's admin console; re-assign the missing "
            "role or trigger a sync from the directory, then sign out and in.",
            "sol_role_resync",
            (
                "Your role seems to have dropped off. I'm re-adding it in the admin console and "
                "forcing a sync - give it five minutes, then sign out of the app and back in.",
                "I'll re-sync your permissions in the app from our side; then close it and sign in "
                "again.",
            ),
            (
                "Role missing after change; re-assigned and synced",
                "Roles re-synced from the directory",
            ),
        ),
        Solution(
            "sol_role_resync", "Role restored",
            "The user's role had dropped off in a change; re-assigned and synced.",
            (
                "Your permissions dropped off in the last change; they're back now.",
                "User role missing in application; re-assigned and synced, access restored.",
            ),
        ),
        Action(
            "cert_refresh", "Refresh certificates",
            "Run gpupdate /force, restart, and make sure the company's certificates are installed "
            "(re-import from the intranet if missing).",
            "cert_ok",
            (
                "The laptop may be missing one of our certificates. I'll run a policy update from "
                "here, then restart the laptop and try again.",
                "Can you run 'gpupdate /force' in a command prompt, then restart? That re-installs "
                "the company certificates.",
            ),
            (
                "gpupdate done; restarted",
                "Certificates re-imported; restarted",
            ),
            fails=(
                "Certificates reinstalled but the same certificate warning appears",
                "Policy update ran; error unchanged",
            ),
            fails_then="no",
        ),
        Decision(
            "cert_ok", "Signs in after refresh",
            "After the certificate refresh and restart, can the user sign in without the error?",
            (
                yes("sol_cert",
                    "yes it's gone",
                    "yes I'm in",
                    "yep"),
                no("repair_install",
                   "no, still the certificate thing",
                   "no, same message",
                   "no"),
            ),
            (
                "Does it let you in now?",
                "Has the certificate message gone?",
                "Can you sign in now?",
            ),
        ),
        Solution(
            "sol_cert", "Certificate refreshed",
            "A company certificate was missing or expired on the laptop; refreshed by policy "
            "update.",
            (
                "The laptop was missing our certificate; now it's back you're in.",
                "Company certificate missing/expired on the laptop; refreshed via policy update.",
            ),
        ),
        Action(
            "end_session", "End the stale session",
            "In the application's admin console end the user's stale session (or ask application "
            "support to), then sign in again.",
            "sol_session_cleared",
            (
                "Your old session is still hanging on the server. I've ended it from our side - "
                "try signing in again now.",
                "I'll kill the stale session for your user; give it a minute and log in again.",
            ),
            (
                "Stale session ended in admin console",
                "Old session removed",
            ),
        ),
        Solution(
            "sol_session_cleared", "Stale session cleared",
            "A session left open after a disconnect blocked sign-in; ended.",
            (
                "That was an old session that never closed - probably when the laptop went to "
                "sleep. You're in now.",
                "Stale session left after disconnect; ended and user signed in.",
            ),
        ),
    ),
)

FLOWS = (WIN_UPDATE, ERP)
