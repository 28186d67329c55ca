<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear {field}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annotate</name>
    <message>
        <source>Change Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text first, then choose a colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight: {meaning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no highlight here to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on Paragraph {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark removed from paragraph {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph {n} bookmarked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark at Paragraph {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookmarks yet (Ctrl+D adds one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the Bookmark…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotateCommands</name>
    <message numerus="yes">
        <source>Highlight the whole of %n paragraph(s)?</source>
        <translation>
            <numerusform>Highlight the whole of %n paragraph?</numerusform>
            <numerusform>Highlight the whole of %n paragraphs?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationFiles</name>
    <message>
        <source>Diptych annotations (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no annotations to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) exported to {file}.</source>
        <translation>
            <numerusform>%n annotation exported to {file}.</numerusform>
            <numerusform>%n annotations exported to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (already here)</source>
        <translation>
            <numerusform>%n skipped (already here)</numerusform>
            <numerusform>%n skipped (already here)</numerusform>
        </translation>
    </message>
    <message>
        <source>From {file}: {added}, {updated}, {skipped}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>Your annotations were saved by a newer version of Diptych. They are shown, but nothing can be changed until you use that version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotations database cannot be opened ({error}). No annotations are shown, and none can be made until Diptych is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your annotations cannot be changed: their database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotations database was damaged ({reason}). It was kept as {kept}, and your annotations were restored from the backup of {date}; what you changed after that may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotations database was damaged ({reason}) and there is no backup of it. It was kept as {kept}; you start with no annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the annotations: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your annotations are read only: they were saved by a newer version of Diptych.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was not imported: {reason}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than {limit} MB, the most an annotations file is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not JSON ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object in it names a field twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of Diptych (annotations format {version}; this version reads format {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annotation {id} is in it twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Diptych annotations file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item {number} is not an annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation {number} has no “{field}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation {number} has a field unknown here: “{field}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation {number} has a wrong “{field}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in annotation {number}, the kind, language, offsets and colour do not agree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationsList</name>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight: {meaning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detached: its document is not in your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detached: its text is not in this edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraph {paragraph}, in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraph {paragraph}, in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraph {paragraph}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Filter by words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter annotations by words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words of the note, name, tags or highlighted text (a bookmark&apos;s or a note&apos;s whole paragraph), in Russian or English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show annotations of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind or colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show in the Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Note and Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detached</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n annotation(s)</source>
        <translation>
            <numerusform>{shown} of %n annotation</numerusform>
            <numerusform>{shown} of %n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>No annotation passes the filters. Set them back to show all {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no annotations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annotations in this document yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text and press {first}…{last} to highlight it in a colour; {bookmark} bookmarks the paragraph at the caret and {note} adds a note to it. These commands are also in the Annotate menu and the text&apos;s context menu. Your annotations are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n annotation(s)</source>
        <translation>
            <numerusform>Delete %n annotation</numerusform>
            <numerusform>Delete %n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the changes to the annotation on ¶{paragraph}; {undo} takes them back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot create the folder for your data: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some corpus files have problems:
{list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: {documents}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>&lt;p&gt;What a version&apos;s status says:&lt;/p&gt;&lt;p&gt;&lt;b&gt;{official}&lt;/b&gt;: issued by the author body itself in this language; the text to quote.&lt;br&gt;&lt;b&gt;{original}&lt;/b&gt;: the language a text that is not an official act was first written in, a news agency item for example; the source, but not an official act.&lt;br&gt;&lt;b&gt;{unofficial}&lt;/b&gt;: this edition&apos;s own translation, for orientation; for the official wording, quote the other column.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>glossary form «{form}» ({lang}) never occurs in the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¶{n}: {flag} Fix the translation, or record the difference as intended in meta.toml ([[intended]]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intended difference ¶{n} ({kind} «{value}») is not found between the versions: remove the record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unofficial translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (inferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>para. {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paras. {first}–{last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Official Russian and English texts side by side. With no command, opens the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep settings, notes and the index in DIR for this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the corpus from DIR instead of the one shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that the app works here (offscreen, in a temporary folder of its own), print the result and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate a corpus directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate a corpus: print every problem as path:line: message; exit 1 if there is any error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corpus to check (default: the shipped corpus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search the corpus in both languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search one language only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search only this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show at most N hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search the words as typed, without correcting them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build the search index now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the search index, or check the one there is. With --out, build it into DIR (as the installer ships it) instead of the cache folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one file holding both languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Russian text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the English text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the pairs and the metadata without saving anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Russian title, in place of the one found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the English title, in place of the one found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status of the Russian text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status of the English text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the documents of the library, with their origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every document: its id, its origin (the edition, or imported by you), its date and its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a document you imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a document you imported from your library. Your annotations of it are kept, marked detached, unless --delete-annotations is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of the document, as diptych list shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete your annotations of the document too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id}: an id is lower-case letters and digits, joined by hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list what one language version says and the other does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the differences between the Russian and English versions of each paragraph: numbers, dates, named entities and quotations that one version has and the other does not. Differences recorded as intended in meta.toml are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write annotated excerpts to a PDF, both languages side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write excerpts to a PDF to hand on: each paragraph in both languages with its source and status, your highlights in their colours and your notes. By default the paragraphs you annotated, in every document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this document&apos;s excerpts (give --doc again for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the paragraphs you highlighted, bookmarked or wrote a note on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only highlights of this colour or meaning (give it again for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the paragraphs this search finds, with your marks on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both languages side by side (the default), or one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace OUT.pdf if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list, export, import or remove bookmarks, highlights and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bookmarks, highlights and notes, kept in the data folder (see --data-dir) and shared with the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highlight a quote, bookmark a paragraph or add a note to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a highlight (--lang and --quote), a bookmark (--bookmark) or a note (--note alone) to a paragraph, and print its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the paragraph&apos;s number, as the window shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of --quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highlight this text of the paragraph (where it first occurs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the highlight&apos;s colour, or its meaning (default: the first colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag (give --tag again for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmark the paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bookmark&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the annotations, in reading order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this document&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON, each annotation as in an exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a document in Russian and English to your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a document in Russian and English, one bilingual FILE or the two languages in two files, align its paragraphs and save it in your library, where the window, search and the other commands find it. With --dry-run, show the pairs, each with its confidence, and the proposed metadata, and save nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write annotations to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the annotations to FILE, in the format described in the README.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge annotations from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the annotations of FILE (a colleague&apos;s export, say): those not here are added, those edited there later than here are updated, the rest skipped. A file with anything wrong in it is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the annotations with these ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a whole number of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {limit} characters, and no control characters but tabs and line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: corpus directory not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a file; a corpus is a folder with one folder per document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is one document&apos;s folder; its corpus is the folder above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a corpus: it has no document folders (each with meta.toml, ru.md and en.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start Diptych from a desktop session, or on a virtual display: xvfb-run diptych (from a source checkout: xvfb-run make run). The commands check, search and index work without a display: diptych --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{word} is not valid UTF-8; set the terminal to UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--self-test takes no command; give it alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{docs} documents, {pairs} block pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary}, {errors} errors, {warnings} warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK ({warnings} warnings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query is empty: give a word or a phrase to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document {ids} in the corpus; its documents are: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for «{query}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To search for «{query}» as typed, add --as-typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search is unavailable: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search both languages at once. Syntax: words (all must match), &quot;a phrase&quot;, prefix*, word~ (spelling may differ), -excluded, OR between alternatives. Every word that is not an option below is part of the query, so `diptych search Astana -Almaty` needs no quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index ready: {pairs} block pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quote and --lang go together: the text to highlight and its language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bookmark marks a whole paragraph: give --bookmark or --quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--colour is a highlight&apos;s: give --lang and --quote too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--label names a bookmark: give --bookmark too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to add: --lang and --quote (a highlight), --bookmark, or --note (a note on the paragraph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doc} has paragraphs 1 to {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{quote}» is not in paragraph {paragraph} of {doc} ({lang}); a quote is found only as the text has it, character for character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph {paragraph} of {doc} has a bookmark already: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no colour {name}; the colours are: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(detached: its text is not in this edition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} annotations to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {added}, updated {updated}, skipped {skipped}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annotation {ids}; nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: no paragraph matches the choice, so no PDF was written. By default the paragraphs you annotated are exported; see --key-passages and --search for others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpts written to {file}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; give the PDF&apos;s file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} exists; add --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder {folder} to write the PDF in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in the folder {folder}: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences: {count} (documents compared: {documents})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one bilingual FILE, or both --ru FILE and --en FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what each text is, with --status-ru and --status-en (official, original or unofficial-translation); --dry-run shows the import without saving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs left out, in neither language or out of place: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library already holds this text, as {id}; this is a second copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {id}: {pairs} pairs. It is in your library now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} is part of the edition and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imported document has the id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {id}. Annotations of it deleted: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {id}. Annotations of it kept, marked detached: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed metadata (nothing is saved):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title (ru)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title (en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status (ru)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status (en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pairs} pairs, {weak} weak (marked !: confidence below {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, in neither language or out of place:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColourNamesDialog</name>
    <message>
        <source>Name the Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what each highlight colour means to you. An empty name keeps the default.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Colours</name>
    <message>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>The English has {found}; the Russian paragraph does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Russian has {found}; the English paragraph does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The English gives the date {found}; the Russian paragraph does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Russian gives the date {found}; the English paragraph does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The English names {found}; the Russian paragraph does not ({other}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Russian names {found}; the English paragraph does not ({other}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The English quotes {found}; the Russian paragraph has no quotation there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Russian quotes {found}; the English paragraph has no quotation there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Corpus</name>
    <message>
        <source>corpus directory not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id {id}: already used by {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corpus holds no document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder name is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file larger than {size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOML arrays or tables nested too deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOML syntax error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intended difference in paragraph {n}, but the document has {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character U+{code} (shown as �)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block of {n} characters, more than {max}: it is shown without formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formatting nested more than {max} deep: the block is shown without formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbalanced {mark}: a key passage is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw HTML {tag} (it is shown as text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown link or image {markup} (it is shown as text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown reference definition {markup} (it is shown as text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block {n} is empty in both languages (ru.md line {ru_line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block {n} differs in kind: {ru_kind} in ru.md (line {ru_line}), {en_kind} in en.md: «{ru_start}» / «{en_start}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{longer}.md has {n_long} blocks but {shorter}.md has {n_short}: block {n} has no counterpart: «{start}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heading {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block {n}: the key passage has no counterpart in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown origin {origin}; use one of: {origins}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intended must be an array of tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing key {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intended.paragraph must be a paragraph number, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown intended kind {kind}; use one of: {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intended.value must be the text of the difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intended.only_in must be ru or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intended.reason must be a table with ru and en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id {id} may hold only a-z, 0-9 and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id {id} differs from its folder name {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind {kind}; use one of: {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status {status}; use one of: {statuses}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date_inferred must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an inferred date needs a date_note saying how it was inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated document without a date_note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes must be a table of two lists of strings, ru and en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes.ru has {ru} items but notes.en has {en}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be a table with ru and en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid date {date}: use YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term must be an array of tables: [[term]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown term kind {kind}; use one of: {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lang} must be a non-empty list of forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corpus cache was damaged or altered; the corpus was read from its files again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id {id} is already used by the edition; the document is not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document of your own corpus must say origin = &quot;imported&quot;; the document is not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>Lower-case letters and digits, joined by hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or YYYY-MM, or YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the {language} text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (&amp;Russian):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place (Russian):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (&amp;English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DifferencesPanel</name>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both versions are official: these differences are in the documents themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One version is the edition&apos;s translation: differences the edition means are recorded in its notes and not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n difference.</numerusform>
            <numerusform>%n differences.</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences: the two versions give the same numbers, dates, names and quotations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocInfo</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued by the author body in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language the text was first written in; not an official act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this edition&apos;s own translation, for orientation; not to be quoted as official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lang} text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editorial notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Excerpts to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotations selected in the Annotations panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no document is open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(there are none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights: {meaning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian and English side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This choice yields %n excerpt(s).</source>
        <translation>
            <numerusform>This choice yields %n excerpt.</numerusform>
            <numerusform>This choice yields %n excerpts.</numerusform>
        </translation>
    </message>
    <message>
        <source>This choice yields no excerpt: include more, or choose another scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder: give the PDF a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not write in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>Filter terms, Russian or English…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter glossary terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words of a term&apos;s forms, in Russian or English, or of its note; the beginning of a word is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrences of the term</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n term</numerusform>
            <numerusform>%n terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n term(s)</source>
        <translation>
            <numerusform>{shown} of %n term</numerusform>
            <numerusform>{shown} of %n terms</numerusform>
        </translation>
    </message>
    <message>
        <source>No term has these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{en} — {ru}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Reading Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The Word document is too large once unpacked ({size} MB at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Word document holds an XML document type declaration, which Word never writes: it is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Word document is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a zip archive, not a Word document (.docx): only .docx is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old Word (.doc) or other Office file: save it as .docx and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTF is not read: save the document as .docx and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is named {name} but is not a {format} file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF has no text layer (it may be a scan): import a PDF with text, or the text itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a PDF needs poppler&apos;s pdftotext: install the poppler-utils package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is protected against copying its text: it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the PDF took more than {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF holds too much text to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no text to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than {size} MB: it is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no Russian or English text: it is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no {language} text. Give one file holding both languages, or two files, one per language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both files are in {language}: give one Russian and one English file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file given as Russian is in English, and the other in Russian: swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text file: it holds binary data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text&apos;s encoding cannot be recognised: save it as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id {id} may hold only a-z, 0-9 and single hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id {id} is already in your library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the status of each language&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, YYYY-MM or YYYY: {date} is not one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge with Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;plit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language}: bring the next pair&apos;s first paragraph up here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language}: move this pair&apos;s last paragraph down to the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this pair out of the import (page debris, say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs left out, in neither language or out of place: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library already holds this text: «{title}». Saving adds a second copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weak link: check that these paragraphs translate each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pairs} pairs; {weak} weak (⚠): check them before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pairs} pairs, none weak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pair and merge, split or shift its paragraphs, or leave it out; the ≠ column flags numbers, dates, names and quotations that differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counterpart in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unofficial translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>news item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (inferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Filter documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own documents: drop files here, or press {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document matches «{filter}».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message>
        <source>Import a Document: One Bilingual File or Two Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.html *.htm *.docx *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one file holding both languages, or two files: one Russian and one English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported «{title}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove «{title}» from your library? The files you imported it from are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete my annotations of it ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unless you delete them, your annotations of it are kept, marked detached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be removed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied paragraph {n} in both languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight Key Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Passages &amp;Only (Briefing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Serif Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document Det&amp;ails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export All Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;This Document&apos;s Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Excerpts to &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with C&amp;itation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the &amp;Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle &amp;Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the &amp;Colours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Russian | English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English | Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian &amp;Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English O&amp;nly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom O&amp;ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Diff&amp;erences Between the Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reading Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;{number} Highlight: {meaning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight: {meaning} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Paragraph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diffe&amp;rences Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docu&amp;ment Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boo&amp;kmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;All Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nnotations Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Diptych</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing: {shown}, {hidden} ({keys} shows them all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) with key passages shown</source>
        <translation>
            <numerusform>%n paragraph with key passages shown</numerusform>
            <numerusform>%n paragraphs with key passages shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other paragraph(s) hidden</source>
        <translation>
            <numerusform>%n other paragraph hidden</numerusform>
            <numerusform>%n other paragraphs hidden</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph (1–{last}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {change} ({keys} undoes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its place is not in the library any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text first: it is copied with its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied with its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Diptych</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Diptych {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Official texts on counter-terrorism cooperation in Central Asia, Russian and English side by side.&lt;/p&gt;&lt;p&gt;Works offline; makes no network connection.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Bookmark name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keys} saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it as it was (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>{text}, level {level}, paragraph {paragraph}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headings of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no headings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no other headings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParallelView</name>
    <message>
        <source>Parallel text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no key passages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart of «{words}» (glossary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart of «{words}» (learned from the edition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary: {counterpart} — {kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Annotated excerpts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpts: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on a highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print: the choice last made in File › Export Excerpts to PDF yields no excerpt here. Choose there what to include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n excerpt(s) written to {file}.</source>
        <translation>
            <numerusform>%n excerpt written to {file}.</numerusform>
            <numerusform>%n excerpts written to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}: {reason}. No file was left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfJob</name>
    <message>
        <source>Writing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderAccess</name>
    <message>
        <source>{language}, {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel text by paragraph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Nothing found for «{typed}»; showing results for «{switched}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean «{query}»?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{query}» also searched as: {forms}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paragraph has all the words; showing those that have the most of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index is damaged and could not be rebuilt ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for «{typed}» as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index could not be saved ({reason}); it is kept in memory for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index was damaged; it has been rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query is long: only its first {n} terms were used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a word to look for: a minus sign only excludes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling may differ (~) in at most {n} words of up to {letters} letters; the others are searched as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prefix needs at least {n} letters before the *.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search both languages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passages only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{text}» is not a date (YYYY, YYYY-MM or YYYY-MM-DD); it is not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates are the wrong way round: nothing is dated from {start} to {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filters beside the query narrow the search: set them back to search everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search is unavailable: {error}. Everything else works as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} paragraphs; the best {shown} in {docs} documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for «{query}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words to find the paragraphs that have them all, in Russian and English at once, in any form. Also: &quot;a phrase&quot;, prefix*, word~ (spelling may differ), -excluded, OR between alternatives. Enter opens the first result, ↑ and ↓ choose another, F3 goes to the next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>{title}, paragraph {paragraph}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <source>Annotate the selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>Self-test failed: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application icon does not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document {doc} does not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-test passed: {docs} documents opened, {searches} searches, a document imported, a bookmark made and a PDF of {pages} pages exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a search for «{word}» ({lang}) found nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corpus has no text in {lang}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample document is read wrongly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample document is not imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bookmark was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exported PDF {path} is not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Cannot read the settings: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file is damaged and cannot be set aside ({error}); default settings are in use and will not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file was damaged and has been set aside as {name}. Default settings are in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were written by a newer Diptych; they are used read-only so that nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsModel</name>
    <message numerus="yes">
        <source>in %n paragraph(s)</source>
        <translation>
            <numerusform>in %n paragraph</numerusform>
            <numerusform>in %n paragraphs</numerusform>
        </translation>
    </message>
</context>
</TS>
