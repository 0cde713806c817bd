"""Two flows about documents on the managed laptop: PDF files that will not open, show blank
pages, print badly, or whose forms cannot be filled in, saved or signed; and Excel workbooks
that will not open, come up damaged, freeze Excel, or whose macros are blocked.

Both are desktop-application problems with "the file from the sender", repairing the
application, Software Center and a copy of the file in common, so they must be told apart.
Written by hand from general service-desk practice.
"""

from __future__ import annotations

from bench.evalset.spec import Action, Decision, Flow, Opener, Solution, no, opt, told, yes

TEAMS = ("service-desk", "service-desk", "apps-support")

# --- PDF files ----------------------------------------------------------------------------

PDF = Flow(
    id="f2-pdf",
    name="PDF files won't open, show blank, print wrongly or forms won't work",
    description=(
        "A PDF will not open or opens in the wrong program, opens with blank, grey or "
        "garbled pages, prints with missing or scrambled content, or a PDF form cannot be "
        "typed into, saved or signed. Covers the default app, one damaged or protected file, "
        "repairing the PDF reader, 'print as image', a flattened copy, forms opened in the "
        "browser, secured forms and digital signatures."
    ),
    domain="endpoint",
    keywords=(
        "pdf", "acrobat", "adobe reader", "pdf won't open", "blank pdf", "pdf form",
        "fillable form", "pdf printing", "sign pdf", "default app",
    ),
    teams=TEAMS,
    summaries=(
        "PDF problem",
        "trouble with a pdf file",
        "Can't work with PDFs properly",
        "Issue with Adobe / PDF documents",
        "pdf not working",
    ),
    openers=(
        Opener((("root", "wont_open"),), (
            "I can't open PDF files",
            "PDFs won't open on my laptop",
            "double-clicking a pdf doesn't work",
        )),
        Opener((("root", "blank"),), (
            "A PDF opens but the pages are blank",
            "pdf shows up all grey with no text",
        )),
        Opener((("root", "print"),), (
            "When I print a PDF, bits are missing",
            "PDF prints out as gibberish",
        )),
        Opener((("root", "form"),), (
            "I can't fill in a PDF form",
            "Having trouble with a fillable PDF",
            "Something's wrong with a PDF form I need to fill in",
        )),
        Opener((("root", "wont_open"), ("which_app", "opens_wrong")), (
            "my PDFs keep opening in the browser instead of Adobe",
        )),
        Opener((("root", "form"), ("form_problem", "sign")), (
            "I can't sign a PDF form, the signature box gives an error",
        )),
    ),
    hints=(
        Opener((("sender_copy", "no"),), (
            "A customer sent me a PDF that doesn't work properly, and they say it's broken "
            "for them too",
        )),
        Opener((("form_secured", "yes"),), (
            "The PDF form I was sent says SECURED at the top of the window",
        )),
        Opener((("opened_in", "yes"),), (
            "I'm filling in a PDF form in Edge and it's not working",
        )),
    ),
    nodes=(
        Decision(
            "root", "PDF problem",
            "What goes wrong with the PDF?",
            (
                opt("wont_open", "Won't open, or opens in the wrong program", "which_app",
                    ("Won't open", "Opens wrong / not at all"),
                    "it won't open",
                    "I can't get it open",
                    "it won't open properly"),
                opt("blank", "Opens but pages are blank or garbled", "one_file",
                    ("Blank or garbled pages", "Opens but looks wrong"),
                    "it opens but it's blank",
                    "the pages are empty",
                    "text is all squares and symbols"),
                opt("print", "Prints wrongly or not at all", "other_docs_print",
                    ("Printing problem", "Prints wrong"),
                    "it won't print properly",
                    "printing is messed up",
                    "the printout has bits missing"),
                opt("form", "Form can't be filled in, saved or signed", "form_problem",
                    ("Form problem", "Filling in / signing"),
                    "it's a PDF form",
                    "a form that isn't working",
                    "problem with a fillable form"),
            ),
            (
                "What happens with the PDF - won't open, blank pages, printing, or a form?",
                "What's the PDF doing wrong?",
                "Which of these is it: opening, what it shows, printing, or filling in a form?",
                "Tell me what goes wrong when you use the PDF.",
            ),
        ),
        Decision(
            "which_app", "What double-clicking does",
            "What happens when you double-click a PDF file?",
            (
                told(opt("opens_wrong", "Opens in a browser or another program", "act_set_default",
                         ("Opens in the wrong app", "Browser / other program"),
                         "it opens in Edge",
                         "it goes into the browser",
                         "some other app opens it"),
                     "PDFs open in the browser instead of the reader"),
                told(opt("error", "The reader shows an error", "one_file",
                         ("Error message", "Reader gives an error"),
                         "I get an error",
                         "Adobe says there was an error opening this document",
                         "a message pops up saying it can't open it"),
                     "Adobe gives me an error when I open it"),
                opt("nothing", "Nothing happens, or the reader closes", "act_repair_reader",
                    ("Nothing happens", "Reader crashes"),
                    "nothing at all",
                    "Adobe flashes up then closes",
                    "it just spins then nothing"),
            ),
            (
                "When you double-click one, what opens - or what message do you get?",
                "What does your laptop do when you double-click a PDF?",
                "Double-click one for me: does it open in the wrong place, give an error, or "
                "do nothing?",
            ),
        ),
        Action(
            "act_set_default", "Set the PDF reader as default",
            "In Settings > Apps > Default apps, search '.pdf' and choose Adobe Acrobat (Reader) "
            "as the default, or right-click a PDF > Open with > Choose another app > Always.",
            "sol_default_app",
            (
                "Right-click a PDF, Open with > Choose another app, pick Adobe Acrobat and tick "
                "'Always use this app'.",
                "Go to Settings > Apps > Default apps, type .pdf in the search box and set it "
                "to Adobe Acrobat.",
            ),
            (
                "Default for .pdf changed to Acrobat",
                "Set Acrobat as always-open for PDFs",
            ),
        ),
        Decision(
            "one_file", "Only one PDF",
            "Does the problem happen with only one PDF, while other PDFs are fine?",
            (
                told(yes("sender_copy",
                         "yes, just this one",
                         "yeah, others are fine",
                         "yes, only the one from the customer"),
                     "it's only this one PDF, others are fine"),
                told(no("act_repair_reader",
                        "no, all of them",
                        "nope, every PDF does it",
                        "no, any PDF I try"),
                     "it happens with every PDF"),
            ),
            (
                "If you open a different PDF, is that one OK?",
                "Is it just this one file that's affected?",
                "Is it only the one document - do other PDFs behave?",
            ),
        ),
        Decision(
            "sender_copy", "Sender can open it",
            "Can the person who sent the PDF open the same file at their end?",
            (
                told(yes("act_redownload",
                         "yes, she says it opens fine for her",
                         "yeah, it works for them",
                         "yes"),
                     "the sender says it opens fine for them"),
                told(no("sol_ask_resend",
                        "no, it's broken for them too",
                        "nope, they have the same problem",
                        "no, they can't open it either"),
                     "it doesn't open for the sender either"),
            ),
            (
                "Have you asked whoever sent it - does it open on their side?",
                "Does the file work for the sender?",
                "Is the person who sent it able to open it?",
            ),
            (
                ("I haven't asked them",
                 "Could you drop them a quick message? If it opens for them, the file is fine "
                 "and something went wrong in transit. Does it open for them?"),
            ),
        ),
        Action(
            "act_redownload", "Save a fresh copy",
            "Save the attachment or download again straight to Documents (not opened from the "
            "email preview or the downloads bar), then open that copy from File Explorer.",
            "file_opens",
            (
                "Save the attachment again - right-click > Save as, into Documents - then open "
                "that copy from File Explorer rather than from the email.",
                "Download it once more, save it to your Documents folder and open it from "
                "there, not from the preview.",
            ),
            (
                "Fresh copy saved to Documents",
                "Re-downloaded and saved locally",
            ),
        ),
        Decision(
            "file_opens", "Fresh copy opens",
            "Does the freshly saved copy open properly?",
            (
                yes("sol_redownload",
                    "yes, that one works",
                    "yeah, it opened",
                    "yes, all there"),
                no("password_prompt",
                   "no, same thing",
                   "nope",
                   "no, still doesn't"),
            ),
            (
                "Does the new copy open OK?",
                "How about the copy you just saved - does it work?",
                "Is the saved copy OK when you open it?",
            ),
        ),
        Decision(
            "password_prompt", "Password or protection",
            "Does the reader ask for a password or say the document is protected?",
            (
                told(yes("sol_protected_pdf",
                         "yes, it wants a password",
                         "yeah, says it's protected",
                         "yes, there's a password box"),
                     "it asks me for a password"),
                no("act_repair_reader",
                   "no password, it just fails",
                   "nope",
                   "no, nothing like that"),
            ),
            (
                "Is it asking you for a password at all, or saying it's protected?",
                "Do you get a password prompt when it opens?",
                "Does any message mention a password or protection?",
            ),
        ),
        Action(
            "act_repair_reader", "Repair the PDF reader",
            "Repair Adobe Acrobat Reader (Help > Repair Installation, or reinstall it from "
            "Software Center), then restart the laptop.",
            "reader_ok",
            (
                "In Acrobat, go to Help > Repair Installation and let it run, then restart. If "
                "Acrobat won't open at all, reinstall it from Software Center.",
                "Let's repair the reader: open Software Center, find Adobe Acrobat Reader and "
                "choose Repair (or Reinstall), then restart.",
            ),
            (
                "Acrobat repair completed, restarted",
                "Reinstalled Acrobat Reader from Software Center",
            ),
            fails=(
                "Repair stopped with error 1603",
                "Repair finished and restarted, but it's the same as before",
            ),
            fails_then="no",
        ),
        Decision(
            "reader_ok", "Reader working after repair",
            "After the repair and restart, does the PDF now work as it should?",
            (
                yes("sol_reader_repaired",
                    "yes, working",
                    "yeah, all good",
                    "yes, that did it"),
                no("sol_reader_escalate",
                   "no, still the same",
                   "nope",
                   "no, no change"),
            ),
            (
                "Try it again - is it working now?",
                "Is the PDF behaving after the repair?",
                "Any better now?",
            ),
        ),
        Decision(
            "other_docs_print", "Other documents print",
            "Do other documents, such as a Word file, print correctly on the same printer?",
            (
                told(yes("act_print_image",
                         "yes, Word prints fine",
                         "yeah, only PDFs are a problem",
                         "yes, everything else is fine"),
                     "other documents print fine, it's only PDFs"),
                told(no("sol_printer_problem",
                        "no, nothing prints properly",
                        "nope, Word is wrong too",
                        "no, other things fail as well"),
                     "nothing prints properly, not just PDFs"),
            ),
            (
                "If you print something else - a Word document - to the same printer, does it "
                "come out right?",
                "Is it only PDFs that print badly?",
                "Do other files print OK on that printer?",
            ),
        ),
        Action(
            "act_print_image", "Print as image",
            "In the PDF reader's Print dialog, click Advanced, tick 'Print as image', and print "
            "one page as a test.",
            "print_ok",
            (
                "In the Print window, click Advanced, tick 'Print as image', OK, and print just "
                "one page to test.",
                "Try printing with 'Print as image' - it's under Advanced in Acrobat's print "
                "box. One page is enough.",
            ),
            (
                "Printed one page with 'Print as image'",
                "Test page sent as image",
            ),
        ),
        Decision(
            "print_ok", "Test page complete",
            "Did the test page print complete and readable?",
            (
                yes("sol_print_image",
                    "yes, that came out perfect",
                    "yeah, all there",
                    "yes"),
                no("act_flatten",
                   "no, still missing bits",
                   "nope",
                   "no, still garbled"),
            ),
            (
                "How did that page come out - complete?",
                "Is everything on the test page this time?",
                "Does the printout look right now?",
            ),
        ),
        Action(
            "act_flatten", "Print a flattened copy",
            "Print the PDF to 'Microsoft Print to PDF' to save a flattened copy, then print "
            "that copy.",
            "sol_flattened_copy",
            (
                "Print it to 'Microsoft Print to PDF' instead of the printer - it saves a new, "
                "simpler PDF - then print that one.",
                "Let's make a flat copy: choose 'Microsoft Print to PDF' as the printer, save "
                "the file, and print the new copy.",
            ),
            (
                "Flattened copy made and printed",
                "Saved via Microsoft Print to PDF, new copy printed fine",
            ),
        ),
        Decision(
            "form_problem", "Form problem",
            "What goes wrong with the PDF form?",
            (
                told(opt("cant_type", "Fields won't take typing", "opened_in",
                         ("Can't type in it", "Fields won't work"),
                         "I can't type in the boxes",
                         "clicking the fields does nothing",
                         "the boxes won't let me enter anything"),
                     "I can't type into the boxes on the form"),
                told(opt("cant_save", "Entries are lost or it won't save", "opened_in",
                         ("Won't save", "Loses what I typed"),
                         "it won't save",
                         "everything I typed disappears",
                         "it says the document doesn't allow saving"),
                     "the form won't save what I've typed"),
                opt("sign", "Can't sign it", "act_digital_id",
                    ("Signing", "Signature problem"),
                    "I can't sign it",
                    "the signature box gives an error",
                    "it wants a digital ID"),
            ),
            (
                "What's the form doing - won't let you type, won't save, or won't let you "
                "sign?",
                "Where does the form go wrong for you?",
                "Is it typing, saving or signing that fails?",
            ),
        ),
        Action(
            "act_digital_id", "Set up the signing ID",
            "In Acrobat, use Fill & Sign for a drawn signature, or for a certified signature "
            "choose the company-issued signing ID under Preferences > Signatures > Identities "
            "& Trusted Certificates.",
            "sol_signature",
            (
                "If they just need your signature, use Fill & Sign and draw or type it. If it "
                "has to be a digital signature, go to Preferences > Signatures > Identities and "
                "pick your company signing ID.",
                "Let's set your signing ID: Edit > Preferences > Signatures, Identities & "
                "Trusted Certificates, and choose the company ID.",
            ),
            (
                "Company signing ID selected in Acrobat",
                "Used Fill & Sign instead",
            ),
        ),
        Decision(
            "opened_in", "Form opened in the browser",
            "Is the form open in a web browser or a preview app instead of Acrobat Reader?",
            (
                told(yes("act_open_in_reader",
                         "yes, it's in Edge",
                         "yeah, Chrome opened it",
                         "yes, in the browser"),
                     "I've got the form open in the browser"),
                no("form_secured",
                   "no, it's in Adobe",
                   "nope, Acrobat",
                   "no, the proper reader"),
            ),
            (
                "What's it open in - is that the browser rather than Adobe?",
                "Is it a browser tab you're filling it in?",
                "Did it open in Edge or Chrome instead of Acrobat?",
            ),
        ),
        Action(
            "act_open_in_reader", "Open the form in Acrobat",
            "Save the form to Documents, then right-click it > Open with > Adobe Acrobat, fill "
            "it in there and save.",
            "sol_open_in_reader",
            (
                "Save it to your Documents first, then right-click > Open with > Adobe Acrobat "
                "and fill it in there.",
                "Download the form, open it in Acrobat instead of the browser, and try filling "
                "it in.",
            ),
            (
                "Form saved and opened in Acrobat",
                "Opened in Acrobat Reader; fields work",
            ),
        ),
        Decision(
            "form_secured", "Secured form",
            "Does the title bar show '(SECURED)', or do the document properties say filling in "
            "or saving is not allowed?",
            (
                told(yes("sol_ask_editable",
                         "yes, it says SECURED",
                         "yeah, it says not allowed",
                         "yes"),
                     "the title bar says SECURED"),
                no("act_repair_reader",
                   "no, nothing like that",
                   "nope",
                   "no, it says allowed"),
            ),
            (
                "Look at the very top of the Acrobat window - does it say SECURED after the "
                "file name?",
                "Under File > Properties > Security, is form filling or saving marked Not "
                "Allowed?",
                "Does the top of the window say the file is secured?",
            ),
        ),
        Solution(
            "sol_default_app", "Wrong default app",
            "PDFs were set to open in another program. With Acrobat as the default they open "
            "correctly.",
            (
                "PDFs were set to open in the browser. They'll open in Acrobat from now on.",
                "Default app for .pdf set to Acrobat.",
            ),
        ),
        Solution(
            "sol_ask_resend", "File damaged at the source",
            "The PDF is damaged for the sender too. Ask them to export it again from the "
            "original document and send the new copy.",
            (
                "The file itself is broken - it's not your laptop. Ask them to export it again "
                "from the original and resend it.",
                "PDF corrupt at source; sender asked to re-export.",
            ),
        ),
        Solution(
            "sol_redownload", "Copy damaged in transit",
            "The copy opened from the email or download was incomplete; a fresh copy saved to "
            "the laptop opens fine.",
            (
                "The first copy didn't come through properly. The one you saved is fine - use "
                "that.",
                "Incomplete download/attachment; fresh saved copy opens.",
            ),
        ),
        Solution(
            "sol_protected_pdf", "Password-protected PDF",
            "The PDF is password-protected by its sender. Ask the sender for the password "
            "through a separate channel (a call or text, not the same email).",
            (
                "It's protected with a password by whoever sent it - ask them for it, ideally "
                "by phone rather than in the same email.",
                "Protected PDF; user to get the password from the sender.",
            ),
        ),
        Solution(
            "sol_reader_repaired", "PDF reader repaired",
            "The PDF reader's installation was damaged; repairing it fixed opening, display or "
            "forms.",
            (
                "The reader was damaged and the repair sorted it. All good now.",
                "Acrobat Reader repaired; PDFs working.",
            ),
        ),
        Solution(
            "sol_reader_escalate", "Escalate to applications support",
            "The PDF reader still fails after a repair. Applications support removes and "
            "reinstalls it cleanly and checks its add-ins.",
            (
                "The repair didn't do it, so I'm passing this to applications support to do a "
                "clean reinstall. They'll contact you today.",
                "Reader still failing after repair; escalated to applications support.",
            ),
        ),
        Solution(
            "sol_printer_problem", "Printer problem, not PDF",
            "Other documents print wrongly too, so the fault is with the printer or its driver, "
            "not the PDF. It is logged as a printer ticket.",
            (
                "Since other documents are wrong too, it's the printer rather than the PDF. "
                "I've logged a printer ticket for that.",
                "Not PDF-specific; printer ticket raised.",
            ),
        ),
        Solution(
            "sol_print_image", "Print as image",
            "The printer could not handle the PDF's fonts or graphics. Printing it as an image "
            "prints it complete.",
            (
                "The printer was struggling with the PDF's fonts. Use 'Print as image' for that "
                "kind of file.",
                "PDF printed correctly with 'Print as image'.",
            ),
        ),
        Solution(
            "sol_flattened_copy", "Flattened copy",
            "The PDF's content confused the printer even as an image. A flattened copy made "
            "with Microsoft Print to PDF prints correctly.",
            (
                "That PDF is just awkward to print. Making a flat copy first works - do that "
                "whenever it happens.",
                "Flattened via Microsoft Print to PDF; copy printed fine.",
            ),
        ),
        Solution(
            "sol_signature", "Signing set up",
            "The signature needed a signing ID or Fill & Sign. With the right method chosen "
            "the form can be signed.",
            (
                "You're set up to sign now - Fill & Sign for a simple signature, your company ID "
                "when they need a digital one.",
                "Signing configured in Acrobat; form signed.",
            ),
        ),
        Solution(
            "sol_open_in_reader", "Form opened in the browser",
            "Browser PDF viewers handle forms badly. Filled in with Acrobat, the form works "
            "and saves.",
            (
                "The browser's PDF viewer doesn't cope with forms. Always open forms in Acrobat.",
                "Form filled in Acrobat instead of the browser.",
            ),
        ),
        Solution(
            "sol_ask_editable", "Secured form",
            "The form's author locked filling in or saving. Ask the sender for an editable "
            "version, or print it and fill it in by hand.",
            (
                "Whoever made the form has locked it, so nothing on your side will change that. "
                "Ask them for an editable version.",
                "Secured PDF; user to request an editable copy.",
            ),
        ),
    ),
)

# --- Excel workbooks --------------------------------------------------------------------------

EXCEL = Flow(
    id="f2-excel",
    name="Excel workbook won't open, is damaged, freezes or its macros are blocked",
    description=(
        "An Excel workbook will not open (format or extension not valid, 'we found a problem "
        "with some content', path too long), Excel freezes while opening it, or its macros "
        "are blocked or do not run. Covers exported files, Open and Repair, extracting data, "
        "earlier versions, safe mode and add-ins, very large or linked workbooks, the macro "
        "security bars, unblocking files, trusted locations and macro-free file types."
    ),
    domain="endpoint",
    keywords=(
        "excel", "workbook", "xlsx", "xlsm", "corrupt", "open and repair", "macros blocked",
        "enable content", "excel not responding", "vba",
    ),
    teams=TEAMS,
    summaries=(
        "Excel workbook problem",
        "Problem with a spreadsheet",
        "excel file issue",
        "Can't use my Excel workbook",
        "spreadsheet not working",
    ),
    openers=(
        Opener((("root", "wont_open"),), (
            "Excel won't open one of my workbooks",
            "I get an error when I open a spreadsheet",
            "My Excel file won't open",
        )),
        Opener((("root", "macros"),), (
            "The macros in my spreadsheet have stopped working",
            "excel is blocking macros",
            "Macro buttons in our workbook don't do anything anymore",
        )),
        Opener((("root", "hangs"),), (
            "Excel freezes when I open a particular file",
            "my spreadsheet makes Excel go 'not responding'",
        )),
        Opener((("root", "wont_open"), ("error_text", "content")), (
            "Excel says 'we found a problem with some content' in my workbook",
        )),
        Opener((("root", "macros"), ("macro_bar", "red")), (
            "There's a red bar saying Microsoft has blocked macros from running",
        )),
    ),
    hints=(
        Opener((("from_export", "yes"),), (
            "I downloaded a report from the finance system and Excel won't open it",
        )),
        Opener((("file_origin", "yes"),), (
            "a supplier emailed me a spreadsheet with macros and they won't run",
        )),
        Opener((("xlsm", "no"),), (
            "My macros disappeared after I saved the workbook as a normal .xlsx",
        )),
        Opener((("file_big", "yes"),), (
            "Excel hangs on a huge workbook - it's about 120 MB",
        )),
    ),
    nodes=(
        Decision(
            "root", "Workbook problem",
            "What is the problem with the workbook?",
            (
                opt("wont_open", "Won't open (error message)", "error_text",
                    ("Won't open", "Error when opening"),
                    "it won't open",
                    "I get an error opening it",
                    "Excel refuses to open it"),
                opt("macros", "Macros blocked or not running", "macro_bar",
                    ("Macros", "Macros blocked"),
                    "the macros don't work",
                    "it's blocking the macros",
                    "the buttons that run macros do nothing"),
                opt("hangs", "Excel freezes opening it", "safe_mode",
                    ("Freezes / not responding", "Excel hangs"),
                    "Excel freezes",
                    "it goes not responding",
                    "it hangs forever when I open it"),
            ),
            (
                "What's happening with the workbook - won't open, macros, or Excel freezing?",
                "What's going wrong with the spreadsheet?",
                "Which is it: an error opening it, macros, or Excel hanging?",
            ),
        ),
        Decision(
            "error_text", "Excel's error message",
            "Which message does Excel show when the workbook won't open?",
            (
                told(opt("format", "File format or extension is not valid", "from_export",
                         ("Format or extension not valid", "Wrong format"),
                         "it says the format or extension isn't valid",
                         "something about the file extension",
                         "file format not valid"),
                     "it says the file format or extension isn't valid"),
                told(opt("content", "We found a problem with some content", "act_open_repair",
                         ("Problem with some content", "Content problem / corrupt"),
                         "'we found a problem with some content'",
                         "it says it's corrupt",
                         "asks if I want to recover as much as we can"),
                     "Excel says it found a problem with some content"),
                opt("path", "File name or path too long", "act_short_path",
                    ("Path too long", "Name too long"),
                    "it says the path is too long",
                    "file name too long",
                    "something about the name being too long"),
            ),
            (
                "What does the error say, roughly?",
                "Can you read me the message Excel gives you?",
                "What's the wording of the error?",
            ),
            (
                ("it's a long message",
                 "Just the gist is fine: is it about the format or extension, 'a problem with "
                 "some content', or the name or path being too long?"),
            ),
        ),
        Action(
            "act_short_path", "Shorten the path",
            "Move the workbook to a short folder (for example Documents) and give it a short "
            "name, then open it from there.",
            "sol_short_path",
            (
                "Copy the file into Documents with a short name - something like report.xlsx - "
                "and open that copy.",
                "The full path is too long for Excel. Move it to a folder near the top and "
                "shorten the name, then open it.",
            ),
            (
                "Copied to Documents with a short name; opens",
                "Renamed and moved up two folder levels",
            ),
        ),
        Decision(
            "from_export", "Exported from a system",
            "Was the file exported or downloaded from another system (a report, finance or CRM "
            "export) rather than saved from Excel?",
            (
                told(yes("act_import_data",
                         "yes, it's a download from the finance system",
                         "yeah, it's a report export",
                         "yes, from our CRM"),
                     "it's an export from one of our systems"),
                told(no("act_open_repair",
                        "no, it's a normal Excel file",
                        "nope, a colleague made it in Excel",
                        "no, I saved it myself"),
                     "it's a normal spreadsheet someone saved in Excel"),
            ),
            (
                "Where's the file from - did some other system produce it, like a report "
                "download?",
                "Did you get it as an export from an application?",
                "Was it generated by another system rather than made in Excel?",
            ),
        ),
        Action(
            "act_import_data", "Import the export",
            "Open a blank workbook, use Data > From Text/CSV (or rename the extension to what "
            "the export really is, such as .csv) and load the file.",
            "sol_import_export",
            (
                "Open a blank workbook, go to Data > From Text/CSV, pick the file and Load.",
                "These exports are often really CSV with an .xls name. Import it through Data > "
                "From Text/CSV in a new workbook.",
            ),
            (
                "Imported via Data > From Text/CSV",
                "Renamed to .csv and opened",
            ),
        ),
        Action(
            "act_open_repair", "Open and Repair",
            "In Excel, File > Open > Browse, select the workbook, click the arrow next to Open, "
            "choose Open and Repair, then Repair (or Extract Data if repair fails).",
            "repair_result",
            (
                "In Excel go File > Open > Browse, select the file, then use the little arrow "
                "next to Open and choose Open and Repair > Repair.",
                "Let's try Excel's repair: File, Open, Browse, pick the file, arrow beside "
                "Open, Open and Repair.",
            ),
            (
                "Open and Repair run",
                "Ran Open and Repair on the workbook",
            ),
            fails=(
                "Open and Repair: Excel cannot open the file",
                "Repair and Extract Data both failed",
            ),
            fails_then="failed",
        ),
        Decision(
            "repair_result", "What repair managed",
            "What did Open and Repair manage?",
            (
                opt("repaired", "Repaired and opened", "sol_repaired_copy",
                    ("Repaired OK", "It opened"),
                    "it opened with a repair message",
                    "it fixed it",
                    "opened, says some parts were repaired"),
                opt("data_only", "Only data extracted", "sol_extract_data",
                    ("Only the data", "Extract data worked"),
                    "only the numbers came back",
                    "extract data worked but formulas are gone",
                    "it got the values out"),
                opt("failed", "Nothing recovered", "version_history",
                    ("Failed", "Couldn't repair"),
                    "it failed",
                    "couldn't repair it",
                    "still won't open"),
            ),
            (
                "How did the repair go?",
                "Did the repair open it, only get the data back, or fail?",
                "What happened with Open and Repair?",
            ),
        ),
        Decision(
            "version_history", "Earlier version",
            "Is an earlier copy of the workbook, from before it broke, listed in Version "
            "History or Previous Versions?",
            (
                yes("act_restore_version",
                    "yes, there's one from yesterday",
                    "yeah, a few versions",
                    "yes, last week's"),
                no("sol_rebuild_escalate",
                   "no, nothing there",
                   "nope, no versions",
                   "no"),
            ),
            (
                "Right-click the file and look at Version History (or Properties > Previous "
                "Versions) - is there an older copy from before it broke?",
                "Is there an older version of the file you can go back to?",
                "Do you see any earlier versions listed?",
            ),
        ),
        Action(
            "act_restore_version", "Open the earlier version",
            "Open the most recent good version from Version History, check it, and save it "
            "as a new file or restore it.",
            "sol_restored_version",
            (
                "Open the latest version from before it broke, check it looks right, and "
                "restore it (or save it as a new file to be safe).",
                "Pick the newest good version, open it, and if it's fine, restore it.",
            ),
            (
                "Restored yesterday's version",
                "Earlier version opened and saved as new file",
            ),
        ),
        Decision(
            "macro_bar", "Macro message bar",
            "What does the message bar above the sheet say about macros?",
            (
                told(opt("red", "Red bar: macros blocked, source untrusted", "file_origin",
                         ("Red 'blocked' bar", "Security risk bar"),
                         "a red bar saying security risk",
                         "red, says Microsoft blocked the macros",
                         "source of this file is untrusted"),
                     "there's a red security risk bar about macros"),
                told(opt("yellow", "Yellow bar: macros disabled, Enable Content",
                         "act_enable_content",
                         ("Yellow 'disabled' bar", "Enable Content button"),
                         "yellow, macros have been disabled",
                         "there's an Enable Content button",
                         "a yellow warning bar"),
                     "there's a yellow bar with an Enable Content button"),
                told(opt("none", "No message at all", "xlsm",
                         ("No bar", "Nothing shows"),
                         "no message, the buttons just do nothing",
                         "there's no bar",
                         "nothing pops up at all"),
                     "there's no message at all, the macros just don't run"),
            ),
            (
                "When you open the workbook, is there a coloured bar under the ribbon? What "
                "does it say?",
                "What warning, if any, shows at the top of the sheet?",
                "Is there a red bar, a yellow bar, or nothing at all?",
            ),
            (
                ("what bar?",
                 "A strip right under the ribbon, above the cells, red or yellow, with a "
                 "message about macros - or maybe nothing. Which is it?"),
            ),
        ),
        Decision(
            "file_origin", "File from outside",
            "Did the file come from outside the company, such as an email from a supplier or a "
            "website download?",
            (
                told(yes("sol_security_review",
                         "yes, a supplier sent it",
                         "yeah, downloaded it from a website",
                         "yes, external"),
                     "the file came from outside the company"),
                told(no("act_unblock_file",
                        "no, it's our team's file",
                        "nope, a colleague made it",
                        "no, internal"),
                     "it's one of our own team's files"),
            ),
            (
                "Where did the file come from - was it someone outside the company?",
                "Is it an external file, from a supplier or the internet?",
                "Did you receive it from outside the organisation?",
            ),
        ),
        Action(
            "act_unblock_file", "Unblock the internal file",
            "Save the file locally, right-click it > Properties, tick 'Unblock' at the bottom "
            "of the General tab, OK, and reopen it.",
            "macros_run",
            (
                "Save it locally, then right-click > Properties and tick Unblock at the bottom "
                "of the General tab, then reopen it.",
                "Let's unblock it: file Properties, General tab, tick Unblock, OK, open again.",
            ),
            (
                "File unblocked in Properties",
                "Unblock ticked, reopened",
            ),
            fails=(
                "No Unblock box on the Properties tab, still blocked",
            ),
            fails_then="no",
        ),
        Action(
            "act_enable_content", "Enable content",
            "Click 'Enable Content' on the yellow bar (only for a trusted, internal workbook) "
            "and run the macro again.",
            "macros_run",
            (
                "If it's a file you trust, click Enable Content on the yellow bar and try the "
                "macro again.",
                "Click Enable Content, then run the macro again.",
            ),
            (
                "Enable Content clicked",
                "Content enabled, macro re-run",
            ),
            fails=(
                "Clicked Enable Content, bar went away but the macro still does nothing",
            ),
            fails_then="no",
        ),
        Decision(
            "xlsm", "Macro-enabled file type",
            "Does the workbook's file name end in .xlsm or .xlsb?",
            (
                told(yes("act_trusted_location",
                         "yes, .xlsm",
                         "yeah, it's xlsm",
                         "yes it does"),
                     "it's an .xlsm file"),
                told(no("sol_saved_as_xlsx",
                        "no, it's .xlsx",
                        "nope, xlsx",
                        "no, just xlsx"),
                     "the file is a plain .xlsx"),
            ),
            (
                "What's the extension on the file - is it .xlsm?",
                "Is it a macro-enabled file, ending xlsm or xlsb?",
                "Does the name end in xlsm?",
            ),
            (
                ("I can't see extensions",
                 "In File Explorer, View > Show > File name extensions, and it'll appear after "
                 "the name. Is it .xlsm or .xlsb?"),
            ),
        ),
        Action(
            "act_trusted_location", "Use a trusted location",
            "Open the workbook from the department's approved trusted location (or have the "
            "service desk add that folder under Trust Center > Trusted Locations) and reopen.",
            "macros_run",
            (
                "Our policy only runs unsigned macros from approved folders. Move it into your "
                "department's trusted folder and open it from there.",
                "I'll add your team's folder as a trusted location - then open the workbook "
                "from that folder.",
            ),
            (
                "Workbook moved to the department's trusted location",
                "Trusted location added by policy",
            ),
            fails=(
                "Opened from the trusted folder, macros still won't run",
            ),
            fails_then="no",
        ),
        Decision(
            "macros_run", "Macros run",
            "Do the macros run now?",
            (
                yes("sol_macros_ok",
                    "yes, they work",
                    "yeah, the button works now",
                    "yes"),
                no("sol_signing_request",
                   "no, still nothing",
                   "nope",
                   "no, still blocked"),
            ),
            (
                "Try the macro again - does it work?",
                "Does the button do its thing now?",
                "Are the macros working?",
            ),
        ),
        Decision(
            "safe_mode", "Opens in safe mode",
            "Does the workbook open normally when Excel is started in safe mode?",
            (
                told(yes("act_disable_addins",
                         "yes, it opens fine that way",
                         "yeah, no freezing",
                         "yes"),
                     "it opens fine in safe mode"),
                no("file_big",
                   "no, it still freezes",
                   "nope, still hangs",
                   "no"),
            ),
            (
                "Hold Ctrl while you start Excel (say yes to safe mode), then open the file. "
                "Does it open OK?",
                "If you run 'excel /safe' from the Run box and open the workbook, does it open "
                "without freezing?",
                "In safe mode, does the file open properly?",
            ),
        ),
        Action(
            "act_disable_addins", "Disable add-ins",
            "In File > Options > Add-ins, manage COM Add-ins and untick them all, restart Excel "
            "normally, then turn them back on one at a time to find the culprit.",
            "sol_addin",
            (
                "File > Options > Add-ins, Manage: COM Add-ins > Go, untick them all, restart "
                "Excel. Then tick them back one by one to find which one does it.",
                "Let's find the add-in: switch off all the COM add-ins, reopen Excel, and add "
                "them back one at a time.",
            ),
            (
                "Found the culprit add-in, left it off",
                "All add-ins off; re-enabled one at a time",
            ),
        ),
        Decision(
            "file_big", "Very large or linked",
            "Is the workbook very large (over about 50 MB) or linked to many other workbooks?",
            (
                told(yes("act_manual_calc",
                         "yes, it's huge",
                         "yeah, loads of links to other files",
                         "yes, about 80 MB"),
                     "it's a massive file with loads of links"),
                told(no("act_open_repair",
                        "no, it's small",
                        "nope, a few hundred KB",
                        "no, no links"),
                     "it's not a big file"),
            ),
            (
                "Is the file much bigger than 50 MB, or full of links to other workbooks?",
                "Is it a very big workbook or one that pulls from lots of others?",
                "Is the file huge, or linked to lots of other files?",
            ),
        ),
        Action(
            "act_manual_calc", "Manual calculation",
            "Open a blank workbook, set Formulas > Calculation Options to Manual, then open the "
            "big workbook and choose not to update links.",
            "sol_slim_workbook",
            (
                "Open a blank workbook first, set Formulas > Calculation Options to Manual, then "
                "open the big one and say Don't Update to the links prompt.",
                "Switch calculation to manual before you open it, and don't update links when "
                "it asks.",
            ),
            (
                "Manual calculation, links not updated; opened in a minute",
                "Opened with calc on manual",
            ),
        ),
        Solution(
            "sol_short_path", "Path too long",
            "The workbook's full path was longer than Excel accepts. Keep it in a shorter "
            "folder with a shorter name.",
            (
                "The path was too long for Excel. Keep it somewhere shallower with a short "
                "name.",
                "Path too long; moved and renamed.",
            ),
        ),
        Solution(
            "sol_import_export", "Export is not a real Excel file",
            "The system's export is text (CSV or HTML) with an Excel extension. Import it "
            "through Data > From Text/CSV, or ask for a true .xlsx export.",
            (
                "That export isn't really an Excel file, just text with an Excel name. Import "
                "it through Data > From Text/CSV each time.",
                "Export was CSV/HTML with .xls name; imported via Data.",
            ),
        ),
        Solution(
            "sol_repaired_copy", "Repaired",
            "Open and Repair fixed the workbook. Save it at once under a new name and check "
            "its formulas.",
            (
                "The repair worked. Save it as a new file straight away and check the formulas "
                "look right.",
                "Open and Repair succeeded; saved as a new file.",
            ),
        ),
        Solution(
            "sol_extract_data", "Data extracted",
            "Only the values could be extracted; formulas are lost. Rebuild the formulas from "
            "the extracted data, or from an older copy if one turns up.",
            (
                "We've got the values back, but the formulas are gone - they'll need rebuilding "
                "on top of this data.",
                "Extract Data recovered values only; formulas to rebuild.",
            ),
        ),
        Solution(
            "sol_restored_version", "Earlier version restored",
            "The workbook was damaged; the last good earlier version was restored. Only changes "
            "since then need redoing.",
            (
                "We're back on the last good version - you'll just need to redo anything "
                "changed since then.",
                "Restored earlier version of the workbook.",
            ),
        ),
        Solution(
            "sol_rebuild_escalate", "Escalate the damaged workbook",
            "The workbook cannot be repaired and no earlier version exists. Applications "
            "support tries deeper recovery tools.",
            (
                "I can't recover it from here, so I'm passing it to applications support - "
                "they have better recovery tools. Please don't overwrite the file.",
                "Unrepairable, no versions; escalated to applications support.",
            ),
        ),
        Solution(
            "sol_security_review", "External macro file",
            "Company policy blocks macros in files from outside. The file goes to security to "
            "check; do not unblock it yourself.",
            (
                "Macros in outside files are blocked on purpose. I've sent it to security to "
                "check - please don't unblock it yourself.",
                "External macro file sent to security for review.",
            ),
        ),
        Solution(
            "sol_saved_as_xlsx", "Macros lost in .xlsx",
            "The workbook was saved as .xlsx, which cannot hold macros. Use an earlier .xlsm "
            "copy or ask its owner for it, and always save as .xlsm.",
            (
                "Saving as .xlsx strips the macros out. You'll need the .xlsm version back - "
                "and save as macro-enabled from now on.",
                "Saved as .xlsx, macros stripped; .xlsm copy needed.",
            ),
        ),
        Solution(
            "sol_macros_ok", "Macros running",
            "The macros were being held back by the file's security state; with it cleared "
            "they run.",
            (
                "Great, the macros are running.",
                "Macros running after the file was trusted/unblocked.",
            ),
        ),
        Solution(
            "sol_signing_request", "Macros need signing",
            "Policy still blocks the macros, so they need to be signed with the company's "
            "code-signing certificate. The workbook's owner requests that from applications "
            "support.",
            (
                "Policy still won't let them run unsigned. The workbook's owner needs to get "
                "the macros signed - I've raised the request with applications support.",
                "Macros still blocked; signing request raised.",
            ),
        ),
        Solution(
            "sol_addin", "Faulty add-in",
            "An Excel add-in hung while opening the workbook. Leave it disabled and ask "
            "applications support for a fixed version.",
            (
                "One of the add-ins was hanging Excel. Leave that one off - I'll ask apps "
                "support whether there's a newer version.",
                "Faulty COM add-in disabled.",
            ),
        ),
        Solution(
            "sol_slim_workbook", "Large or heavily linked workbook",
            "The size and its links make Excel recalculate for minutes. Open it with manual "
            "calculation, and split it or remove stale links.",
            (
                "It's just too heavy to recalculate on open. Keep calculation on manual for "
                "that one, and it's worth splitting it up or removing old links.",
                "Large/linked workbook; opened with manual calc.",
            ),
        ),
    ),
)

FLOWS = (PDF, EXCEL)
