"""Two Windows desktop flows: the Start menu, taskbar or Windows search that does not respond
or does not find things; and a user signed in to a temporary profile, or whose desktop files
and settings are missing after signing in.

Both are about the Windows shell and the user's profile, with restarts, updates and a new
profile in common, so they must be told apart. Written by hand from general service-desk
practice.
"""

from __future__ import annotations

from bench.evalset.spec import Action, Decision, Flow, Opener, Solution, no, opt, told, yes

# --- Start, taskbar and search --------------------------------------------------------------

START = Flow(
    id="f3-start-search",
    name="Start menu, taskbar or Windows search not responding",
    description=(
        "Clicking Start does nothing, the taskbar is frozen, or Windows search finds nothing "
        "or misses files and apps. Covers restarting Windows Explorer, pending updates, "
        "system file repair, the search service, indexed locations and rebuilding the index, "
        "and a damaged user profile."
    ),
    domain="endpoint",
    keywords=(
        "start menu", "taskbar", "windows search", "search not working", "explorer.exe",
        "indexing", "frozen taskbar", "start button", "search box", "sfc",
    ),
    summaries=(
        "Start menu problem",
        "taskbar not working",
        "Windows search broken",
        "Start / search issue on my PC",
        "The bottom bar of my screen isn't working",
    ),
    openers=(
        Opener((("root", "start"),), (
            "Clicking the Start button does nothing",
            "my start menu won't open",
        )),
        Opener((("root", "taskbar"),), (
            "The taskbar is frozen, can't click anything on it",
            "taskbar icons don't respond",
        )),
        Opener((("root", "search"),), (
            "Windows search isn't finding anything",
            "the search box on the taskbar is useless, finds nothing",
        )),
        Opener((("root", "search"), ("search_what", "files")), (
            "search can't find my documents even though I know they're there",
        )),
    ),
    hints=(
        Opener((("pending_updates", "yes"),), (
            "Start and search misbehaving, and Windows keeps nagging me to restart for updates",
        )),
        Opener((("indexed_location", "no"),), (
            "Search won't find files in the project folder I keep on D:",
        )),
        Opener((("comes_back", "yes"),), (
            "Taskbar/Start keeps freezing, it's happened several times this week",
        )),
    ),
    nodes=(
        Decision(
            "root", "Start, taskbar or search",
            "Which part of the Windows shell is not working?",
            (
                opt("start", "Start menu won't open", "act_restart_explorer",
                    ("Start menu", "Start won't open"),
                    "the start menu",
                    "Start doesn't open when I click it",
                    "pressing the Windows key does nothing"),
                opt("taskbar", "Taskbar frozen", "act_restart_explorer",
                    ("Taskbar frozen", "Taskbar not responding"),
                    "the taskbar",
                    "the bar at the bottom is frozen",
                    "none of the icons at the bottom respond"),
                opt("search", "Search not finding things", "search_what",
                    ("Search", "Search finds nothing"),
                    "search",
                    "searching doesn't find stuff",
                    "the search box gives no results"),
            ),
            (
                "Is it the Start menu, the taskbar, or search that's playing up?",
                "What's not working - Start, taskbar or search?",
                "Which bit is misbehaving?",
                "Tell me where the problem is: clicking Start, the bar itself, or searching.",
            ),
        ),
        Action(
            "act_restart_explorer", "Restart Windows Explorer",
            "Open Task Manager (Ctrl+Shift+Esc), find Windows Explorer and choose Restart.",
            "explorer_fixed",
            (
                "Press Ctrl+Shift+Esc, find Windows Explorer in the list, right-click it and "
                "pick Restart - the screen will flicker.",
                "Let's restart Windows Explorer from Task Manager.",
            ),
            (
                "Explorer restarted",
                "Restarted explorer.exe via Task Manager",
            ),
            fails=(
                "Explorer restarted, Start still dead",
                "Screen flickered, taskbar still frozen",
            ),
            fails_then="no",
        ),
        Decision(
            "explorer_fixed", "Responds after restart",
            "Does it respond after Windows Explorer was restarted?",
            (
                yes("comes_back",
                    "yes, it works now",
                    "yeah, Start opens",
                    "yes"),
                no("pending_updates",
                   "no, still frozen",
                   "no",
                   "nope, nothing"),
            ),
            (
                "Try clicking it again - is it working?",
                "Has that brought it back to life?",
                "Any response now?",
            ),
        ),
        Decision(
            "comes_back", "Happened before",
            "Has it frozen like this more than once this week?",
            (
                told(yes("pending_updates",
                         "yes, a few times",
                         "yeah, every day or so",
                         "yes, it keeps happening"),
                     "this keeps happening every few days"),
                no("sol_explorer_restarted",
                   "no, first time",
                   "no, just today",
                   "nope"),
            ),
            (
                "Is this a repeat - has it done it several times recently?",
                "Has it happened more than once in the last few days?",
                "Has it locked up like this on other days this week too?",
            ),
        ),
        Solution(
            "sol_explorer_restarted", "Explorer restarted",
            "Windows Explorer had hung once; restarting it fixed it.",
            (
                "Explorer had just hung; restarted, all working. If it happens again, same "
                "trick or get back to us.",
                "One-off Explorer hang; restarted.",
            ),
        ),
        Decision(
            "pending_updates", "Updates pending",
            "Are Windows updates waiting to install or a restart pending?",
            (
                told(yes("act_install_updates",
                         "yes, it wants to restart",
                         "yeah there are updates waiting",
                         "yes, a few pending"),
                     "Windows Update has been asking me to restart for days"),
                no("act_sfc",
                   "no, up to date",
                   "no, nothing pending",
                   "no"),
            ),
            (
                "Open Settings, Windows Update - is there anything waiting, or a restart "
                "required?",
                "Are there updates sitting there waiting to go on?",
                "Is Windows asking to restart for updates?",
            ),
            (
                ("how do I get to settings if start doesn't work?",
                 "Press Windows+I on the keyboard. Then Windows Update - is anything waiting, "
                 "or a restart needed?"),
            ),
        ),
        Action(
            "act_install_updates", "Install updates and restart",
            "Install the pending updates and restart the computer.",
            "updates_fixed",
            (
                "Let's install those updates and restart - save your work first.",
                "Hit Restart now in Windows Update and let it finish.",
            ),
            (
                "Updates installed, restarted",
                "Pending updates applied",
            ),
            fails=(
                "Updates installed; after restart Start still doesn't open",
            ),
            fails_then="no",
        ),
        Decision(
            "updates_fixed", "Working after updates",
            "Is it working after the updates and restart?",
            (
                yes("sol_updates",
                    "yes, all good",
                    "yes it's working",
                    "yep"),
                no("other_user",
                   "no, still broken",
                   "no",
                   "nope, same"),
            ),
            (
                "Now it's back up, is it all responding?",
                "Has the update sorted it?",
                "Any better since the restart?",
            ),
        ),
        Solution(
            "sol_updates", "Updates installed",
            "A half-installed update left the shell broken; finishing it fixed it.",
            (
                "It was a half-finished update; now it's done, everything responds.",
                "Completed pending updates; shell OK.",
            ),
        ),
        Action(
            "act_sfc", "Repair system files",
            "Run sfc /scannow and DISM /Online /Cleanup-Image /RestoreHealth as admin, then "
            "restart.",
            "sfc_fixed",
            (
                "I'll run a system file check and a DISM repair remotely, then restart you.",
                "Let's repair Windows' own files with sfc and DISM.",
            ),
            (
                "SFC found and repaired files; DISM completed",
                "System file repair done, restarted",
            ),
        ),
        Decision(
            "sfc_fixed", "Working after repair",
            "Does it work after the system file repair?",
            (
                yes("sol_repaired",
                    "yes",
                    "yes, fixed",
                    "it works now"),
                no("other_user",
                   "no",
                   "no, still the same",
                   "nope"),
            ),
            (
                "After that repair and restart, is it working?",
                "Has the repair fixed it?",
                "Is Start behaving now?",
            ),
        ),
        Solution(
            "sol_repaired", "System files repaired",
            "Damaged Windows files broke the shell; sfc and DISM repaired them.",
            (
                "Some Windows files were damaged; repaired, and it all works again.",
                "SFC/DISM repair fixed it.",
            ),
        ),
        Decision(
            "other_user", "Works for another user",
            "Does it work when a different user signs in on the same computer?",
            (
                told(yes("sol_new_profile",
                         "yes, it works for them",
                         "yeah, fine on the admin account",
                         "yes"),
                     "it's fine when someone else logs in on my PC"),
                no("sol_reimage",
                   "no, broken for them too",
                   "no",
                   "no, same for everyone"),
            ),
            (
                "If I sign in with another account on your PC, does Start work for that one?",
                "Is it only you - does it work for someone else on this machine?",
                "Does another account on the same computer have the problem?",
            ),
        ),
        Solution(
            "sol_new_profile", "User profile rebuilt",
            "Only this user's profile was affected; a new profile was made and the data "
            "copied over.",
            (
                "It's your Windows profile that's damaged, so I've built you a new one and "
                "brought your files across.",
                "Profile corrupt; rebuilt profile and migrated data.",
            ),
        ),
        Solution(
            "sol_reimage", "Computer rebuilt",
            "Windows itself was damaged for every user; the computer was reimaged.",
            (
                "Windows is broken for everyone on this machine, so we'll rebuild it; your "
                "files are safe in OneDrive.",
                "Reimage booked; fault affects all users.",
            ),
        ),
        Decision(
            "search_what", "What search misses",
            "What is Windows search failing to find?",
            (
                told(opt("files", "Files and documents", "indexed_location",
                         ("Files / documents", "My files"),
                         "my files",
                         "documents I know exist",
                         "files in my folders"),
                     "it can't find my documents"),
                opt("apps", "Apps and settings", "act_restart_search",
                    ("Apps / settings", "Programs"),
                    "apps",
                    "it won't find Excel or anything",
                    "programs and settings"),
                opt("nothing", "Search box won't open or take typing", "act_restart_explorer",
                    ("Box won't open", "Can't type in it"),
                    "the box won't open",
                    "I can't even type in it",
                    "nothing happens when I click search"),
            ),
            (
                "What are you searching for that it doesn't find - files, apps, or does the "
                "box not even open?",
                "Is it missing your files, your apps, or not working at all?",
                "What kind of thing isn't it finding?",
            ),
        ),
        Decision(
            "indexed_location", "Folder indexed",
            "Is the folder with the missing files in the indexed locations?",
            (
                yes("act_rebuild_index",
                    "yes, it's listed",
                    "yes, it's under my user folder",
                    "yep"),
                told(no("act_add_location",
                        "no, it's not there",
                        "no, it's on D: which isn't in the list",
                        "no"),
                     "they're in a folder outside my user folder"),
            ),
            (
                "In Settings, Searching Windows, is that folder in the list of places it "
                "indexes?",
                "Is the folder those files live in included in what search covers?",
                "Does search's indexing list include that folder?",
            ),
            (
                ("what's indexing?",
                 "Windows keeps a list of what's in certain folders so search is quick. Under "
                 "Settings, Privacy, Searching Windows - is the folder included?"),
            ),
        ),
        Action(
            "act_add_location", "Add the folder to the index",
            "Add the folder under Searching Windows, Customise search locations, and let "
            "indexing catch up.",
            "sol_location_added",
            (
                "Let's add that folder to the search locations; give it a little while to "
                "catch up.",
                "I'll add the folder to the indexed locations.",
            ),
            (
                "Folder added to indexed locations",
                "Index location added",
            ),
        ),
        Solution(
            "sol_location_added", "Folder added to search",
            "The files lived in a folder search did not cover; it was added to the index.",
            (
                "Search just wasn't looking in that folder; it's added, so results will show "
                "once it's indexed.",
                "Added folder to index.",
            ),
        ),
        Action(
            "act_rebuild_index", "Rebuild the search index",
            "In Indexing Options, Advanced, choose Rebuild, and leave the computer on for an "
            "hour.",
            "index_done",
            (
                "Open Indexing Options, click Advanced and then Rebuild - leave it on to "
                "finish.",
                "Let's rebuild the search index.",
            ),
            (
                "Index rebuild started and completed",
                "Search index rebuilt",
            ),
            fails=(
                "Rebuild stuck at 0 items indexed",
            ),
            fails_then="no",
        ),
        Decision(
            "index_done", "Files found after rebuild",
            "After the index rebuilt, does search find the files?",
            (
                yes("sol_index_rebuilt",
                    "yes, they show up",
                    "yep, found them",
                    "yes"),
                no("act_sfc",
                   "no, still nothing",
                   "no",
                   "nope"),
            ),
            (
                "Try searching for one of those files now - does it come up?",
                "Is search finding them now the index has rebuilt?",
                "Do the results include your files now?",
            ),
        ),
        Solution(
            "sol_index_rebuilt", "Index rebuilt",
            "The search index was damaged; rebuilding it brought the files back into results.",
            (
                "The search index was corrupt; rebuilt, your files show up again.",
                "Rebuilt search index.",
            ),
        ),
        Action(
            "act_restart_search", "Restart the search service",
            "Restart the Windows Search service and end the Search process in Task Manager.",
            "search_back",
            (
                "I'll restart the Windows Search service and the search app.",
                "In Task Manager, end Search, and I'll restart the Windows Search service.",
            ),
            (
                "Windows Search service restarted",
                "Search process ended and service restarted",
            ),
        ),
        Decision(
            "search_back", "Search finds apps",
            "Does search find apps and settings again?",
            (
                yes("sol_search_restarted",
                    "yes, Excel comes up",
                    "yep",
                    "yes"),
                no("pending_updates",
                   "no",
                   "no, still empty",
                   "nope"),
            ),
            (
                "Type Excel in search - does it show?",
                "Is it finding your programs now?",
                "Are apps coming up in search again?",
            ),
        ),
        Solution(
            "sol_search_restarted", "Search restarted",
            "The search service had stalled; restarting it fixed it.",
            (
                "Search had got stuck; restarted, it's finding things again.",
                "Restarted Windows Search.",
            ),
        ),
    ),
)

# --- temporary profile ----------------------------------------------------------------------

PROFILE = Flow(
    id="f3-temp-profile",
    name="Temporary profile, or desktop files and settings missing after sign-in",
    description=(
        "After signing in, Windows says it used a temporary profile, or the desktop looks "
        "brand new and files, shortcuts and settings are missing. Covers a full restart, free "
        "disk space, the ProfileList registry entry, a new profile, OneDrive Known Folder "
        "backup, an old profile folder, and a restore from backup."
    ),
    domain="endpoint",
    keywords=(
        "temporary profile", "files missing", "desktop empty", "settings gone", "profile",
        "user profile service", "onedrive", "restore", "profilelist", "new desktop",
    ),
    summaries=(
        "My desktop has gone",
        "Problem with my profile after logging in",
        "files and settings missing",
        "logged in and everything's different",
        "Profile issue",
    ),
    openers=(
        Opener((("root", "temp_msg"),), (
            "it says I've been signed in with a temporary profile",
            "Windows says 'you can't access your files' and it's a temporary profile",
        )),
        Opener((("root", "missing"),), (
            "all my desktop files have vanished",
            "My desktop icons and documents are gone since this morning",
        )),
        Opener((("root", "fresh"),), (
            "logged in and it's like a brand new computer, default wallpaper and everything",
        )),
    ),
    hints=(
        Opener((("disk_space", "yes"),), (
            "temporary profile on my laptop - and the C drive is almost full",
        )),
        Opener((("onedrive_desktop", "yes"),), (
            "files have disappeared from my desktop, and I do use OneDrive for it",
        )),
        Opener((("other_folder", "yes"),), (
            "My files are missing but I can see an old folder with my name in C:\\Users",
        )),
    ),
    nodes=(
        Decision(
            "root", "Profile symptom",
            "What does the user see after signing in?",
            (
                opt("temp_msg", "A temporary profile message", "restart_once",
                    ("Temporary profile message", "'Temporary profile' warning"),
                    "a message about a temporary profile",
                    "it says temporary profile",
                    "a pop-up saying I can't access my files"),
                opt("missing", "Files missing, no message", "onedrive_desktop",
                    ("Files missing", "Desktop files gone"),
                    "my files are missing",
                    "desktop stuff has disappeared",
                    "no message, just my documents are gone"),
                opt("fresh", "Everything looks brand new", "restart_once",
                    ("Looks brand new", "Like a first login"),
                    "it's like a new PC",
                    "everything's reset to default",
                    "it did the 'hi, preparing Windows' thing and it's all blank"),
            ),
            (
                "After you log in, do you get a temporary profile warning, or are files missing, "
                "or does it all look brand new?",
                "What do you see once you're signed in?",
                "Describe what's different after you log on.",
                "Is there a message, or just missing things?",
            ),
        ),
        Decision(
            "restart_once", "Restarted since",
            "Has the computer been fully restarted since this started?",
            (
                told(yes("disk_space",
                         "yes, I restarted twice",
                         "yes, a proper restart",
                         "yep"),
                     "I've already restarted it"),
                no("act_full_restart",
                   "no, just signed out and in",
                   "no",
                   "not yet"),
            ),
            (
                "Have you done a proper restart - not shut down, not sign out, but Restart?",
                "Has it been restarted since this began?",
                "Did you reboot it since it happened?",
            ),
            (
                ("I shut it down last night, does that count?",
                 "Not quite - shut down can keep Windows half asleep. Have you used Restart "
                 "from the power menu since this began?"),
            ),
        ),
        Action(
            "act_full_restart", "Restart the computer",
            "Restart from the power menu (not shut down), then sign in again.",
            "back_normal",
            (
                "Please use Restart from the power menu, then sign in again.",
                "Let's do a full restart and see what you get.",
            ),
            (
                "Restarted, user signed in",
                "Full restart done",
            ),
            fails=(
                "Restarted; temporary profile again",
            ),
            fails_then="no",
        ),
        Decision(
            "back_normal", "Normal profile after restart",
            "After restarting, is the normal desktop back?",
            (
                yes("sol_restart",
                    "yes, all my stuff is back",
                    "yes",
                    "yeah, normal again"),
                no("disk_space",
                   "no, same again",
                   "no",
                   "still the blank one"),
            ),
            (
                "Is your usual desktop back after the restart?",
                "Have your own files and wallpaper come back?",
                "Is everything where it was now?",
            ),
        ),
        Solution(
            "sol_restart", "Restart fixed it",
            "The profile was locked at sign-in; a full restart let Windows load it again.",
            (
                "Windows couldn't load your profile last time, probably something had it "
                "locked; after a restart it's fine.",
                "Profile locked at sign-in; full restart fixed.",
            ),
        ),
        Decision(
            "disk_space", "Disk nearly full",
            "Does the C: drive have less than 5 GB free?",
            (
                told(yes("act_free_space",
                         "yes, it's almost full",
                         "yes, only 1 GB left",
                         "yep, the bar is red"),
                     "my C drive is nearly full"),
                no("act_check_registry",
                   "no, plenty of space",
                   "no, over 100 GB free",
                   "no"),
            ),
            (
                "In File Explorer, This PC - is the C: drive nearly full, under 5 GB free?",
                "Is the C drive short of space?",
                "Is the main drive's bar red, almost out of room?",
            ),
        ),
        Action(
            "act_free_space", "Free disk space",
            "Run Disk Clean-up including system files, clear temp folders and remove large "
            "unneeded files, then restart.",
            "sol_space_freed",
            (
                "I'll run a clean-up to free space on C: and then restart you.",
                "Let's clear temp files and old updates to make room, then restart.",
            ),
            (
                "Freed 20 GB, restarted, normal profile loaded",
                "Disk clean-up done",
            ),
        ),
        Solution(
            "sol_space_freed", "Disk space freed",
            "Windows could not load the profile because the disk was full; space was freed.",
            (
                "The drive was too full for Windows to load your profile; there's room now "
                "and your desktop is back.",
                "Full C: drive; freed space, profile loads.",
            ),
        ),
        Action(
            "act_check_registry", "Check ProfileList",
            "As admin, look under the ProfileList key in the registry for the user's SID and "
            "a duplicate ending in .bak.",
            "bak_found",
            (
                "I'm going to connect and check how Windows has your profile registered.",
                "Let me look at the profile entries in the registry.",
            ),
            (
                "ProfileList checked",
                "Registry profile entries reviewed",
            ),
        ),
        Decision(
            "bak_found", "Duplicate .bak entry",
            "Is there a duplicate entry for the user ending in .bak?",
            (
                yes("act_fix_profilelist",
                    "yes, there's a .bak one",
                    "yes, two entries",
                    "yep"),
                no("act_new_profile",
                   "no, only one",
                   "no",
                   "no duplicate"),
            ),
            (
                "Do you see your ID twice there, one with .bak on the end?",
                "Is there a second copy of the profile entry marked .bak?",
                "Any .bak duplicate for the account?",
            ),
        ),
        Action(
            "act_fix_profilelist", "Fix the ProfileList entry",
            "Rename the entries so the .bak one (pointing at the real profile folder) is "
            "active, set State and RefCount to 0, and restart.",
            "sol_profile_list_fixed",
            (
                "I'll swap the registry entries so Windows points at your real profile again, "
                "then restart.",
                "Fixing the profile registry entry now - restart coming.",
            ),
            (
                "ProfileList .bak entry restored",
                "Registry fixed, profile loaded after restart",
            ),
        ),
        Solution(
            "sol_profile_list_fixed", "Profile registry entry fixed",
            "The profile's registry entry had been renamed .bak; restoring it brought back the "
            "normal profile.",
            (
                "Windows had lost track of your profile in the registry; corrected, your "
                "normal desktop is back.",
                "Fixed ProfileList .bak entry.",
            ),
        ),
        Action(
            "act_new_profile", "Create a new profile",
            "Back up and remove the damaged profile, sign in to make a new one and copy the "
            "data across.",
            "sol_profile_rebuilt",
            (
                "Your profile is damaged, so I'll back it up, create a fresh one, and copy "
                "your files into it.",
                "Let's rebuild your profile and move your data.",
            ),
            (
                "New profile created, data copied",
                "Profile rebuilt",
            ),
        ),
        Solution(
            "sol_profile_rebuilt", "New profile",
            "The user profile was damaged beyond repair; a new one was built with the data "
            "copied over.",
            (
                "The old profile couldn't be saved, so you've got a new one with your files "
                "in; you'll need to set your printers and signature again.",
                "Damaged profile replaced; data migrated.",
            ),
        ),
        Decision(
            "onedrive_desktop", "OneDrive backs up the desktop",
            "Is OneDrive signed in and backing up the Desktop and Documents folders?",
            (
                told(yes("files_online",
                         "yes, OneDrive is on",
                         "yes, desktop is in OneDrive",
                         "yeah"),
                     "my desktop syncs to OneDrive"),
                told(no("other_folder",
                        "no, it's not set up",
                        "I don't use OneDrive",
                        "no"),
                     "I don't have OneDrive backing anything up"),
            ),
            (
                "Is the OneDrive cloud by the clock signed in, and does it back up your "
                "desktop?",
                "Do your desktop and documents go into OneDrive?",
                "Is OneDrive set up to sync your desktop?",
            ),
        ),
        Decision(
            "files_online", "Files on the OneDrive website",
            "Can the missing files be seen on the OneDrive website?",
            (
                yes("act_resync_onedrive",
                    "yes, they're there",
                    "yes, all there online",
                    "yep"),
                no("act_restore_backup",
                   "no, not there either",
                   "no",
                   "nope, gone"),
            ),
            (
                "Log into OneDrive in your browser - are the files there?",
                "Do you see them online in OneDrive?",
                "Are they on the OneDrive website?",
            ),
        ),
        Action(
            "act_resync_onedrive", "Reconnect OneDrive",
            "Sign in to OneDrive again (or reset it), and turn Desktop and Documents backup "
            "back on so the files sync down.",
            "sol_onedrive_synced",
            (
                "Let's sign OneDrive back in and switch the desktop backup on again.",
                "I'll reset OneDrive so it pulls your files down.",
            ),
            (
                "OneDrive reconnected, folders syncing",
                "OneDrive reset, backup re-enabled",
            ),
        ),
        Solution(
            "sol_onedrive_synced", "OneDrive reconnected",
            "OneDrive had signed out, so the desktop was empty; reconnecting it synced the "
            "files back.",
            (
                "OneDrive had signed out; reconnected, your files are syncing back down.",
                "OneDrive re-signed, Known Folder backup on.",
            ),
        ),
        Decision(
            "other_folder", "Old profile folder",
            "Is there another folder with the user's name in C:\\Users, like name.000?",
            (
                told(yes("act_copy_old_profile",
                         "yes, there's one ending .000",
                         "yes, two with my name",
                         "yep"),
                     "there's a second folder with my name in Users"),
                no("act_restore_backup",
                   "no, just one",
                   "no",
                   "only the one"),
            ),
            (
                "Open C:\\Users - is there more than one folder with your name?",
                "Do you see a second folder for you, with .000 or the domain on the end?",
                "In the Users folder, any other folder with your name?",
            ),
        ),
        Action(
            "act_copy_old_profile", "Copy from the old folder",
            "Copy Desktop, Documents and other data from the old profile folder into the "
            "current one.",
            "sol_files_copied",
            (
                "I'll copy your desktop and documents from that old folder into the one you're "
                "using now.",
                "Let's bring the files over from the old folder.",
            ),
            (
                "Files copied from old profile folder",
                "Data moved across",
            ),
        ),
        Solution(
            "sol_files_copied", "Files copied back",
            "Windows had made a new profile folder; the files were copied from the old one.",
            (
                "Windows had started you a new folder; your files are copied back from the "
                "old one.",
                "Copied data from old profile folder.",
            ),
        ),
        Action(
            "act_restore_backup", "Restore from backup",
            "Restore the user's folders from last night's backup or Previous Versions.",
            "restore_ok",
            (
                "I'll restore your folders from last night's backup.",
                "Let's try Previous Versions and the backup to get them back.",
            ),
            (
                "Restore run from backup",
                "Previous versions restored",
            ),
            fails=(
                "No restore point or backup copy found for those folders",
            ),
            fails_then="no",
        ),
        Decision(
            "restore_ok", "Files restored",
            "Are the files back after the restore?",
            (
                yes("sol_restored",
                    "yes, they're back",
                    "yes",
                    "yep, all there"),
                no("sol_data_recovery",
                   "no",
                   "no, still missing",
                   "only some"),
            ),
            (
                "Have your files come back?",
                "Can you see them again now?",
                "Is everything back where it was?",
            ),
        ),
        Solution(
            "sol_restored", "Restored from backup",
            "The files were restored from backup.",
            (
                "Your files are restored from last night's backup.",
                "Restored from backup.",
            ),
        ),
        Solution(
            "sol_data_recovery", "Data recovery",
            "No copy of the files could be found; the disk was passed to the data recovery "
            "team.",
            (
                "There's no copy we can restore from, so I've sent it to the recovery team; "
                "please don't save anything new on the laptop.",
                "No backup; escalated for data recovery.",
            ),
        ),
    ),
)

FLOWS = (START, PROFILE)
