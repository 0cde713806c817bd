"""Two flows about things plugged into or built into a laptop: a webcam that does not work in
video calls, and a USB stick or external hard drive that is not recognised.

Both are about USB ports, docks and hubs, Device Manager, drivers, "not detected" and "try
another port", so they share words and must be told apart. Written by hand from general
service-desk practice.
"""

from __future__ import annotations

from bench.evalset.spec import Action, Decision, Flow, Opener, Solution, no, opt, told, yes

TEAMS = ("service-desk", "service-desk", "deskside")

# --- webcam -----------------------------------------------------------------------------

WEBCAM = Flow(
    id="bl-webcam",
    name="Webcam not working in video calls",
    description=(
        "The built-in or USB webcam shows a black picture, is not found by the meeting app, "
        "the wrong camera is used, or the picture is dark, blurry or freezes. Covers privacy "
        "shutters and camera keys, Windows camera privacy settings, apps holding the camera, "
        "camera selection, drivers and USB connection."
    ),
    domain="hardware",
    keywords=(
        "webcam", "camera", "black screen", "no camera found", "video call", "Teams video",
        "Zoom", "privacy shutter", "Device Manager",
    ),
    teams=TEAMS,
    summaries=(
        "Camera not working",
        "webcam problem",
        "Nobody can see me in meetings",
        "video not working on calls",
        "Issue with my camera on the laptop",
        "my video is broken in teams",
    ),
    openers=(
        Opener((("root", "black"),), (
            "My camera just shows a black screen in Teams",
            "video is black in meetings, everyone else's works",
            "When I turn my video on it's just black",
        )),
        Opener((("root", "no_camera"),), (
            "Zoom says no camera found",
            "Teams can't find my webcam at all",
        )),
        Opener((("root", "wrong"),), (
            "Teams keeps using the wrong camera, I want my external one",
            "the video shows some 'virtual camera' instead of me",
        )),
        Opener((("root", "poor"),), (
            "The picture from my webcam is really poor in calls",
            "people say my video looks terrible in meetings",
        )),
        Opener((("root", "black"), ("shutter", "no")), (
            "Camera's black in calls, and no, the little cover isn't closed, I checked",
        )),
    ),
    hints=(
        Opener((("camera_app", "yes"),), (
            "Webcam works in the Windows Camera app but Teams shows black",
            "the camera app sees me fine, it's just meetings that don't",
        )),
        Opener((("privacy", "no"),), (
            "I think I switched off camera access in Windows settings and now nothing works",
        )),
        Opener((("external", "yes"),), (
            "It's a USB webcam on a cable and it's stopped working in calls",
        )),
        Opener((("hub", "yes"),), (
            "video freezes in calls - the webcam is plugged into the dock",
        )),
    ),
    nodes=(
        Decision(
            "root", "What the camera does",
            "What does the user see where their own video should be?",
            (
                opt("black", "Black picture or crossed-out camera", "shutter",
                    ("Black picture", "Camera crossed out"),
                    "just black",
                    "black square where I should be",
                    "the camera icon has a line through it"),
                opt("no_camera", "The app says no camera is found", "device_mgr",
                    ("No camera found", "Camera not detected"),
                    "says no camera detected",
                    "it can't find a camera",
                    "the camera dropdown is empty"),
                opt("wrong", "The wrong camera is used", "pick_camera",
                    ("Wrong camera", "Uses another camera"),
                    "it picks the wrong one",
                    "it uses the laptop camera when it's closed on the dock",
                    "shows a virtual camera thing"),
                opt("poor", "Picture dark, blurry or freezing", "poor_kind",
                    ("Poor picture", "Dark / blurry / freezing"),
                    "works but the picture is bad",
                    "the video quality is awful",
                    "people say my video looks bad"),
            ),
            (
                "When you turn your video on, what do you see?",
                "What happens with your camera in the meeting?",
                "Can you describe what's wrong with the video - black, not found, or poor?",
                "What does your own video preview show?",
            ),
        ),
        Decision(
            "shutter", "Privacy shutter or camera key",
            "Is the laptop's privacy shutter closed or its camera key switched off?",
            (
                told(yes("sol_shutter",
                         "oh, the little slider was across",
                         "yes there was a cover over it",
                         "the camera key light was on, so yes"),
                     "I noticed the little cover over the camera is closed"),
                told(no("camera_app",
                        "no, the cover's open",
                        "there's no shutter on mine",
                        "nope, checked"),
                     "the shutter on the camera is definitely open"),
            ),
            (
                "Above the screen, is there a little slider covering the lens? Is it closed?",
                "Some laptops have a camera cover or an F-key with a camera on it - could it "
                "be switched off?",
                "Is the camera shutter shut, by any chance?",
            ),
            (
                ("what shutter?",
                 "Many business laptops have a tiny sliding cover over the lens, or a function "
                 "key with a crossed-out camera that turns it off."),
            ),
        ),
        Decision(
            "camera_app", "Works in the Camera app",
            "Does the webcam show a picture in the Windows Camera app?",
            (
                told(yes("other_app",
                         "yes I can see myself there",
                         "works in the camera app",
                         "yeah it's fine there"),
                     "the Windows Camera app shows me fine"),
                told(no("privacy",
                        "no, black there too",
                        "camera app says it can't find it",
                        "no, error 0xA00F4244"),
                     "even the Windows camera app doesn't work"),
            ),
            (
                "Open the Camera app from the Start menu - do you see yourself?",
                "If you try the built-in Camera app, does it show a picture?",
                "Does the Camera app in Windows work?",
            ),
        ),
        Decision(
            "other_app", "Another app holding the camera",
            "Is another program that uses the camera open at the same time?",
            (
                yes("close_apps",
                    "yes zoom is open too",
                    "I've got the camera app still open",
                    "teams and webex are both running"),
                no("pick_camera",
                   "no just teams",
                   "nothing else",
                   "only the meeting"),
            ),
            (
                "Have you got anything else open that uses the camera, like another meeting "
                "app?",
                "Is Zoom, Webex or the Camera app running in the background as well?",
                "Any other video app open at the same time?",
            ),
            (
                ("why would that matter?",
                 "Only one program can use the camera at a time; if another has it, the "
                 "meeting shows black."),
            ),
        ),
        Action(
            "close_apps", "Close other camera apps",
            "Close every other app using the camera (check the system tray), then rejoin the "
            "meeting.",
            "sol_freed",
            (
                "Close the other apps completely - right-click their tray icons and Quit - then "
                "rejoin the call.",
                "Quit everything else using the camera and turn your video on again.",
            ),
            (
                "Closed Zoom and Camera app; rejoined",
                "Other camera apps quit",
            ),
        ),
        Action(
            "pick_camera", "Select the right camera in the app",
            "In the meeting app's device settings choose the correct camera (not a virtual or "
            "closed-lid camera) and test the preview.",
            "sol_selected",
            (
                "In Teams go to Settings > Devices > Camera and pick the right camera from the "
                "list.",
                "Click the three dots > Device settings in the meeting and choose your camera.",
            ),
            (
                "Camera set to Logitech webcam in Teams settings",
                "Correct camera selected; preview OK",
            ),
        ),
        Decision(
            "privacy", "Camera access allowed in Windows",
            "Is camera access switched on in Windows privacy settings?",
            (
                yes("device_mgr",
                    "yes camera access is on",
                    "it's on, and apps are allowed",
                    "all toggles on"),
                told(no("enable_privacy",
                        "no it was off",
                        "camera access is turned off",
                        "the toggle for desktop apps is off"),
                     "camera access in Windows settings is switched off"),
            ),
            (
                "Go to Settings > Privacy & security > Camera - is camera access on, and let "
                "apps access your camera?",
                "In Windows settings, is the camera allowed for apps?",
                "Can you check the camera privacy toggles in Settings?",
            ),
        ),
        Action(
            "enable_privacy", "Turn camera access on",
            "Switch on Camera access, Let apps access your camera and Let desktop apps "
            "access your camera; restart the meeting app.",
            "sol_privacy_on",
            (
                "Turn on all three toggles there, then restart Teams.",
                "Switch camera access on for apps and desktop apps, then reopen the app.",
            ),
            (
                "Camera privacy toggles switched on",
                "Camera access enabled",
            ),
        ),
        Decision(
            "device_mgr", "Camera in Device Manager",
            "Is the camera listed in Device Manager?",
            (
                told(yes("reinstall_driver",
                         "yes under cameras, with a yellow triangle",
                         "it's listed",
                         "yes integrated camera is there"),
                     "Device Manager shows the camera"),
                told(no("external",
                        "no cameras section at all",
                        "not there",
                        "can't see it in the list"),
                     "there's no camera in Device Manager at all"),
            ),
            (
                "Right-click Start, Device Manager - is there a camera under Cameras or "
                "Imaging devices?",
                "Does Device Manager show a camera?",
                "Can you find your webcam in Device Manager?",
            ),
            (
                ("how do I get to device manager?",
                 "Right-click the Start button and pick Device Manager, then look for "
                 "Cameras or Imaging devices."),
            ),
        ),
        Action(
            "reinstall_driver", "Reinstall the camera driver",
            "In Device Manager, uninstall the camera device (delete the driver), restart, "
            "let Windows reinstall it; enable it if it was disabled.",
            "works_now",
            (
                "Right-click the camera, Uninstall device, then restart - Windows puts it back "
                "fresh.",
                "I'll reinstall the camera driver remotely and reboot you.",
            ),
            (
                "Camera uninstalled and redetected after reboot",
                "Driver reinstalled; device enabled",
            ),
            fails=("Driver reinstalled but camera still shows an error code",),
            fails_then="no",
        ),
        Decision(
            "external", "External USB webcam",
            "Is the webcam an external USB camera?",
            (
                yes("replug",
                    "yes a logitech on a cable",
                    "external one, USB",
                    "yes it clips on the monitor"),
                no("sol_repair",
                   "no the built-in one",
                   "it's the laptop's own camera",
                   "built in"),
            ),
            (
                "Is it a separate camera on a cable?",
                "Are we talking about a USB webcam rather than the built-in camera?",
                "Is that a plug-in webcam?",
            ),
        ),
        Action(
            "replug", "Plug straight into the laptop",
            "Unplug the webcam from the dock/hub and plug it straight into a USB port on the "
            "laptop; try a second port.",
            "works_now",
            (
                "If the camera goes through a dock or hub, take it out and plug it straight "
                "into the laptop itself. Try the other port too if needed.",
                "Plug the webcam directly into the laptop, not via the hub.",
            ),
            (
                "Webcam moved to the laptop's own USB-A port",
                "Replugged directly into laptop",
            ),
            fails=("Tried both laptop ports, webcam not detected on either",),
            fails_then="no",
        ),
        Decision(
            "works_now", "Picture now",
            "Does the camera now show a picture?",
            (
                yes("sol_fixed",
                    "yes I can see myself",
                    "working now",
                    "yep"),
                no("sol_repair",
                   "still nothing",
                   "no, still black",
                   "nope"),
            ),
            (
                "Try your video again - anything?",
                "Does the preview show you now?",
                "Is it working now?",
            ),
        ),
        Decision(
            "poor_kind", "What is wrong with the picture",
            "In what way is the picture poor?",
            (
                opt("dark", "Dark or grainy", "sol_lighting",
                    ("Dark", "Grainy"),
                    "very dark",
                    "grainy and dim",
                    "I look like a silhouette"),
                opt("blurry", "Blurry", "sol_lens",
                    ("Blurry", "Out of focus"),
                    "blurry",
                    "all fuzzy",
                    "out of focus"),
                opt("freezing", "Freezes or stutters", "hub",
                    ("Freezes", "Stutters / lags"),
                    "it freezes",
                    "my video stutters",
                    "people say I'm frozen"),
            ),
            (
                "Is the picture dark, blurry, or does it freeze?",
                "What's wrong with it exactly - too dark, fuzzy, or jerky?",
                "How is it bad?",
            ),
        ),
        Decision(
            "hub", "Connected through a dock or hub",
            "Is the webcam connected through a dock or USB hub?",
            (
                told(yes("replug",
                         "yes through the dock",
                         "it's in the hub",
                         "yep into the monitor's USB"),
                     "my webcam goes into the docking station"),
                no("sol_lower_quality",
                   "no, straight in",
                   "built-in camera, so no",
                   "directly into the laptop"),
            ),
            (
                "Is the camera plugged into a dock or hub?",
                "How is it connected - through the dock?",
                "Does the webcam go through a hub or docking station?",
            ),
        ),
        Solution(
            "sol_shutter", "Privacy shutter was closed",
            "The lens cover or camera key had the camera off; opened, picture back.",
            (
                "That little cover was the culprit - all working now.",
                "The camera was switched off with the key. On again and you're visible.",
            ),
        ),
        Solution(
            "sol_freed", "Camera freed from another app",
            "Another app held the camera; closed it and the meeting shows video.",
            (
                "Another app had hold of the camera. Closed, and your video works.",
                "Only one app at a time can use it - sorted now.",
            ),
        ),
        Solution(
            "sol_selected", "Right camera selected",
            "The meeting app was set to the wrong or a virtual camera; the correct one is "
            "selected.",
            (
                "It was just set to the wrong camera. Picked the right one.",
                "Camera setting fixed in the app.",
            ),
        ),
        Solution(
            "sol_privacy_on", "Camera access switched on",
            "Windows camera privacy settings blocked apps; switched on.",
            (
                "Windows was blocking apps from the camera. Allowed now.",
                "Privacy setting was off - it's on and the camera works.",
            ),
        ),
        Solution(
            "sol_fixed", "Camera working after reinstall or replug",
            "The camera driver or connection was at fault; after reinstalling or replugging "
            "it works.",
            (
                "Working again after that. If it drops out again let us know.",
                "Sorted - the camera's back.",
            ),
        ),
        Solution(
            "sol_repair", "Hardware fault, repair or replace",
            "The camera is not detected at all or still fails; logged for a hardware repair "
            "or a replacement webcam.",
            (
                "Looks like a hardware fault. I've logged a repair and a loan webcam for you "
                "meanwhile.",
                "The camera itself seems faulty. Deskside will swap it.",
            ),
        ),
        Solution(
            "sol_lighting", "Lighting",
            "Picture dark because of a window behind the user; advised facing the light and "
            "turning on the app's low-light setting.",
            (
                "It's the light behind you. Face the window or put a lamp in front, and turn "
                "on 'adjust brightness' in Teams.",
                "Try sitting so the light is in front of you - huge difference.",
            ),
        ),
        Solution(
            "sol_lens", "Lens dirty",
            "Blurry picture from a smudged lens; cleaned with a soft cloth.",
            (
                "Give the lens a wipe with a glasses cloth - fingerprints make it blurry.",
                "A smudge on the lens. Cleaned and it's sharp.",
            ),
        ),
        Solution(
            "sol_lower_quality", "Reduce video load",
            "Freezing not due to the connection path; turned off background effects and HD "
            "video, closed heavy apps.",
            (
                "Turn off background blur and HD video, and close other heavy apps - your "
                "laptop is struggling to keep up.",
                "Switching off the background effects should stop the freezing.",
            ),
        ),
    ),
)

# --- USB storage not recognised -----------------------------------------------------------

USB = Flow(
    id="bl-usb-drive",
    name="USB stick or external hard drive not recognised",
    description=(
        "A USB memory stick or external hard drive does nothing when plugged in, connects "
        "but does not appear in File Explorer, asks to be formatted, or is blocked by the "
        "removable-storage policy. Covers ports and hubs, Disk Management (drive letters, "
        "offline and unformatted disks), drives from a Mac or camera, and policy exceptions."
    ),
    domain="hardware",
    keywords=(
        "USB stick", "memory stick", "external hard drive", "not recognised", "Disk "
        "Management", "drive letter", "format the disk", "removable storage blocked",
    ),
    teams=TEAMS,
    summaries=(
        "USB stick not working",
        "external drive problem",
        "memory stick won't show",
        "Can't get to my files on a USB drive",
        "hard drive not recognised",
        "Problem with a pen drive",
    ),
    openers=(
        Opener((("root", "nothing"),), (
            "I plug my USB stick in and nothing happens at all",
            "my laptop does nothing when I connect my external hard drive",
        )),
        Opener((("root", "blocked"),), (
            "It says removable storage is blocked by my organisation",
            "USB drive blocked by policy message",
        )),
        Opener((("root", "format"),), (
            "Windows says I need to format the disk before I can use it",
            "my usb stick says 'you need to format the disk in drive E'",
        )),
        Opener((("root", "no_letter"),), (
            "I hear the plug-in sound but the drive doesn't show in File Explorer",
            "the USB makes the ding noise but there's no drive",
        )),
        Opener((("root", "format"), ("data", "yes")), (
            "Windows wants to format my hard drive but all my photos are on it!",
        )),
    ),
    hints=(
        Opener((("light", "no"),), (
            "My external drive has no light on at all when I plug it in",
        )),
        Opener((("mac", "yes"),), (
            "The drive I use with my Mac at home won't open on my work laptop",
        )),
        Opener((("other_pc", "yes"),), (
            "My USB stick works on my home PC but not on my work laptop",
        )),
        Opener((("encrypted", "yes"),), (
            "The encrypted USB stick IT gave me is being blocked",
        )),
    ),
    nodes=(
        Decision(
            "root", "What happens when plugged in",
            "What happens when the user connects the drive?",
            (
                opt("nothing", "Nothing at all", "light",
                    ("Nothing happens", "No reaction"),
                    "nothing",
                    "absolutely nothing happens",
                    "no sound, no pop-up"),
                opt("no_letter", "Connection sound, but no drive in File Explorer", "disk_mgmt",
                    ("Ding but no drive", "Not in File Explorer"),
                    "I hear the sound but no drive shows",
                    "it connects but isn't in This PC",
                    "ding noise, nothing in explorer"),
                opt("format", "Windows asks to format it", "data",
                    ("Asks to format", "'You need to format the disk'"),
                    "it asks me to format",
                    "says format the disk before using it",
                    "wants to format it"),
                opt("blocked", "Blocked by policy message", "business",
                    ("Blocked by policy", "Removable storage blocked"),
                    "says blocked by my organisation",
                    "access denied, removable storage",
                    "it's blocked"),
            ),
            (
                "What happens when you plug it in?",
                "When you connect the drive, do you get anything - a sound, a message?",
                "What does the laptop do when the stick goes in?",
                "Any reaction when you plug the drive in?",
            ),
        ),
        Decision(
            "light", "Drive lights up",
            "Does the drive light up or spin when connected?",
            (
                yes("disk_mgmt",
                    "yes the light flashes",
                    "it's spinning",
                    "blue light comes on"),
                told(no("try_port",
                        "no light",
                        "dead, nothing",
                        "no, silent"),
                     "the drive's light doesn't even come on"),
            ),
            (
                "Does the drive have a light, and does it come on?",
                "Can you hear or see the drive doing anything - light, spinning?",
                "Is there any sign of life from the drive itself?",
            ),
        ),
        Action(
            "try_port", "Try another port directly on the laptop",
            "Plug the drive straight into a USB port on the laptop (not a dock, hub or "
            "keyboard), try another port, and for a big drive the second USB plug or its own "
            "power supply.",
            "seen_now",
            (
                "Plug it straight into the laptop rather than a dock or hub - and try the "
                "other side too.",
                "Try a different USB port, directly on the laptop rather than the hub.",
            ),
            (
                "Tried left and right laptop ports",
                "Moved from keyboard USB to laptop port",
            ),
            fails=("Tried every port on the laptop, drive still dead",),
            fails_then="no",
        ),
        Decision(
            "seen_now", "Shows up now",
            "Does the drive show up now?",
            (
                yes("sol_port",
                    "yes there it is",
                    "it's appeared",
                    "yep, drive E"),
                no("other_pc",
                   "still nothing",
                   "no",
                   "nope, dead"),
            ),
            (
                "Does it appear now?",
                "Any luck in that port?",
                "Is it showing up this time?",
            ),
        ),
        Decision(
            "other_pc", "Works on another computer",
            "Does the drive work on another computer?",
            (
                told(yes("usb_reset",
                         "yes it works on my home PC",
                         "colleague's laptop sees it",
                         "yes it's fine elsewhere"),
                     "the stick works fine on my home computer"),
                told(no("sol_faulty",
                        "no, not on any",
                        "tried my colleague's, nothing",
                        "no, dead everywhere"),
                     "it doesn't work on anyone's computer"),
            ),
            (
                "Have you tried it on another computer - does it work there?",
                "Does a colleague's PC see the drive?",
                "Is it OK on other machines?",
            ),
        ),
        Action(
            "usb_reset", "Reset the USB controllers",
            "In Device Manager uninstall the USB host controllers / the drive's entry, "
            "restart, and install pending driver and BIOS updates.",
            "sol_driver",
            (
                "I'll remove the USB drivers in Device Manager and restart, so Windows sets "
                "them up fresh.",
                "Let's reset the USB drivers and reboot.",
            ),
            (
                "USB controllers uninstalled; restarted; updates installed",
                "USB drivers reset",
            ),
        ),
        Decision(
            "disk_mgmt", "How Disk Management shows it",
            "How does the drive appear in Disk Management?",
            (
                opt("noletter", "Healthy but no drive letter", "assign_letter",
                    ("No drive letter", "Healthy, no letter"),
                    "it says healthy but there's no letter",
                    "there but no E: or anything",
                    "partition is fine, no letter"),
                opt("raw", "Unallocated or RAW", "data",
                    ("Unallocated", "RAW"),
                    "black bar, unallocated",
                    "it says RAW",
                    "unallocated space"),
                opt("offline", "Offline", "bring_online",
                    ("Offline", "Disk offline"),
                    "says offline",
                    "disk 1 offline",
                    "offline with a red arrow"),
                opt("absent", "Not listed", "other_pc",
                    ("Not there", "Not listed"),
                    "not in there at all",
                    "only my C drive",
                    "can't see it"),
            ),
            (
                "Right-click Start > Disk Management. How does the USB disk look there?",
                "In Disk Management, what does it say about the drive?",
                "Can you find it in Disk Management, and what does it show?",
            ),
            (
                ("what's disk management?",
                 "A Windows tool that lists every disk, even ones File Explorer can't show. "
                 "Right-click the Start button and it's in the menu."),
            ),
        ),
        Action(
            "assign_letter", "Assign a drive letter",
            "In Disk Management right-click the partition > Change Drive Letter and Paths > Add "
            "a free letter.",
            "sol_letter",
            (
                "Right-click the partition, Change Drive Letter and Paths, Add, and pick a "
                "letter like F.",
                "I'll give it a drive letter from here.",
            ),
            (
                "Assigned F:",
                "Drive letter added",
            ),
        ),
        Action(
            "bring_online", "Bring the disk online",
            "Right-click the disk in Disk Management > Online; assign a letter if needed.",
            "sol_letter",
            (
                "Right-click where it says Offline and choose Online.",
                "Let's set the disk to Online in Disk Management.",
            ),
            (
                "Disk set online; appears as E:",
                "Disk brought online",
            ),
        ),
        Decision(
            "data", "Data on the drive",
            "Is there data on the drive that the user needs?",
            (
                told(yes("mac",
                         "yes loads of files",
                         "all my photos are on it",
                         "yes the project backups"),
                     "I need everything that's on that drive"),
                told(no("format_drive",
                        "no, it's new",
                        "nothing important",
                        "no it's empty"),
                     "it's a brand new stick, nothing on it"),
            ),
            (
                "Is there anything on the drive you need to keep?",
                "Before we go further - any files on there you can't lose?",
                "Does it have data on it that matters?",
            ),
            (
                ("why?",
                 "Because formatting would fix it but wipes everything, so we only do that "
                 "if there's nothing to keep."),
            ),
        ),
        Decision(
            "mac", "Used on a Mac, TV or camera",
            "Was the drive last used on a Mac, TV, camera or other non-Windows device?",
            (
                told(yes("sol_other_device",
                         "yes I use it with my macbook",
                         "it was in the TV recorder",
                         "yes from my camera"),
                     "I normally use it with my Mac"),
                no("backup_copy",
                   "no only windows PCs",
                   "no, just this laptop",
                   "no"),
            ),
            (
                "Was it last used on a Mac, a TV or a camera?",
                "Has it been used on a Mac or something like a TV box?",
                "Was it formatted on an Apple computer or another device?",
            ),
        ),
        Decision(
            "backup_copy", "Another copy of the data",
            "Is there another copy of the data elsewhere?",
            (
                yes("format_drive",
                    "yes it's all on onedrive too",
                    "I have a copy on my PC",
                    "yes, backed up"),
                no("sol_recovery",
                   "no it's the only copy",
                   "no backup",
                   "no, that's the problem"),
            ),
            (
                "Is that data saved anywhere else too?",
                "Do you have a copy of those files somewhere else?",
                "Have you got those files backed up anywhere else?",
            ),
        ),
        Action(
            "format_drive", "Format the drive",
            "Format the drive (exFAT for sharing between devices, NTFS for Windows only) and "
            "copy data back if there is a copy.",
            "sol_formatted",
            (
                "OK, let's format it: right-click it in This PC > Format, exFAT, Quick format.",
                "I'll format the drive for you - exFAT so it works everywhere.",
            ),
            (
                "Formatted exFAT",
                "Quick format done; data copied back",
            ),
        ),
        Decision(
            "business", "Needed for work",
            "Does the user need the drive for a work purpose?",
            (
                told(yes("encrypted",
                         "yes a customer gave me files on it",
                         "yes for a presentation",
                         "it's for work, audit data"),
                     "I need the stick for work"),
                no("sol_policy",
                   "no it's my personal one",
                   "just photos from home",
                   "not really"),
            ),
            (
                "Is it for work?",
                "What do you need the drive for - work?",
                "Do you need it for your job?",
            ),
        ),
        Decision(
            "encrypted", "Company encrypted drive",
            "Is it a company-issued encrypted USB drive?",
            (
                yes("sol_company_drive",
                    "yes IT gave it to me",
                    "the encrypted one with the keypad",
                    "yes it's a company one"),
                no("sol_exception",
                   "no it's a customer's",
                   "bought it myself",
                   "no"),
            ),
            (
                "Is it one of our encrypted company sticks?",
                "Did IT issue you that drive?",
                "Is it a company encrypted USB?",
            ),
        ),
        Solution(
            "sol_port", "Bad port or hub",
            "The drive works directly in a laptop port; the hub/dock/other port was the "
            "problem.",
            (
                "It was the port. Use that one, or plug straight in rather than the hub.",
                "Works in the laptop port - the hub couldn't power it.",
            ),
        ),
        Solution(
            "sol_driver", "USB drivers reset",
            "The drive works elsewhere; resetting the laptop's USB drivers fixed it.",
            (
                "After the driver reset your laptop sees it again.",
                "It was the laptop's USB drivers. Fixed.",
            ),
        ),
        Solution(
            "sol_faulty", "Drive is faulty",
            "Not recognised on any computer: the drive has failed. Replace it; data recovery "
            "only through a specialist if essential.",
            (
                "The drive itself has died, sorry. If the data is vital we can talk about "
                "specialist recovery.",
                "It's not working anywhere, so it's the drive. You'll need a new one.",
            ),
        ),
        Solution(
            "sol_letter", "Drive visible with a letter",
            "The disk was online without a letter or offline; now has a drive letter and "
            "shows in File Explorer.",
            (
                "It's showing in File Explorer now.",
                "Drive's there now with a letter.",
            ),
        ),
        Solution(
            "sol_formatted", "Drive formatted",
            "No data to keep (or a copy exists); formatted and working.",
            (
                "Formatted and ready to use.",
                "All done, the drive is freshly formatted.",
            ),
        ),
        Solution(
            "sol_recovery", "Do not format; data recovery",
            "Only copy of needed data on an unreadable drive; not formatted, logged for data "
            "recovery assessment.",
            (
                "Don't format it and don't write anything to it. I've logged it for data "
                "recovery to have a look.",
                "Please leave it as is - recovery might get the files back if we don't format.",
            ),
        ),
        Solution(
            "sol_other_device", "Formatted by another device",
            "Drive uses a Mac/TV/camera file system Windows cannot read; copy data off on that "
            "device first, then reformat as exFAT.",
            (
                "Windows can't read the Mac format. Copy the files off on your Mac, then we "
                "format it as exFAT so both can use it.",
                "It's formatted for the other device. Get the files off there first.",
            ),
        ),
        Solution(
            "sol_policy", "Personal drive blocked by policy",
            "Personal USB storage is blocked by policy on company laptops; use OneDrive "
            "instead.",
            (
                "Personal USB sticks are blocked on company laptops, sorry. Use OneDrive to "
                "move files.",
                "That's the policy working as intended. OneDrive is the way to share files.",
            ),
        ),
        Solution(
            "sol_company_drive", "Company drive should be allowed",
            "Company encrypted drives are allowed; device added to the allowed list / policy "
            "refreshed.",
            (
                "Company sticks should be allowed. I've asked for it to be added to the "
                "allowed list - restart once the email comes through.",
                "That one should work, I've escalated to get it whitelisted.",
            ),
        ),
        Solution(
            "sol_exception", "Policy exception request",
            "Work need with a non-company drive; user to raise a USB exception request "
            "approved by their manager, or use a secure file share instead.",
            (
                "You'll need a USB exception request approved by your manager, or ask the "
                "customer to send the files through a secure share link.",
                "I've sent you the exception form; the quicker route is a file-share link.",
            ),
        ),
    ),
)

FLOWS = (WEBCAM, USB)
