<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear {field}</source>
        <translation>Очистить: {field}</translation>
    </message>
</context>
<context>
    <name>Annotate</name>
    <message>
        <source>Change Colour</source>
        <translation>Смена цвета</translation>
    </message>
    <message>
        <source>Select some text first, then choose a colour.</source>
        <translation>Сначала выделите текст, затем выберите цвет.</translation>
    </message>
    <message>
        <source>Highlight: {meaning}</source>
        <translation>Выделение: {meaning}</translation>
    </message>
    <message>
        <source>There is no highlight here to remove.</source>
        <translation>Здесь нет цветовой пометки.</translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation>Удаление цветовой пометки</translation>
    </message>
    <message>
        <source>Note on the Selection</source>
        <translation>Заметка к выделенному</translation>
    </message>
    <message>
        <source>Note on the Highlight</source>
        <translation>Заметка к выделению</translation>
    </message>
    <message>
        <source>Note on Paragraph {n}</source>
        <translation>Заметка к абзацу {n}</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Изменение заметки</translation>
    </message>
    <message>
        <source>Remove Bookmark</source>
        <translation>Удаление закладки</translation>
    </message>
    <message>
        <source>Bookmark removed from paragraph {n}.</source>
        <translation>Закладка с абзаца {n} снята.</translation>
    </message>
    <message>
        <source>Add Bookmark</source>
        <translation>Закладка</translation>
    </message>
    <message>
        <source>Paragraph {n} bookmarked.</source>
        <translation>На абзаце {n} поставлена закладка.</translation>
    </message>
    <message>
        <source>Bookmark at Paragraph {n}</source>
        <translation>Закладка на абзаце {n}</translation>
    </message>
    <message>
        <source>No bookmarks yet (Ctrl+D adds one)</source>
        <translation>Закладок пока нет (Ctrl+D ставит закладку)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Выделить цветом</translation>
    </message>
    <message>
        <source>Name the Bookmark…</source>
        <translation>Назвать закладку…</translation>
    </message>
</context>
<context>
    <name>AnnotateCommands</name>
    <message numerus="yes">
        <source>Highlight the whole of %n paragraph(s)?</source>
        <translation>
            <numerusform>Выделить цветом %n абзац целиком?</numerusform>
            <numerusform>Выделить цветом %n абзаца целиком?</numerusform>
            <numerusform>Выделить цветом %n абзацев целиком?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationFiles</name>
    <message>
        <source>Diptych annotations (*.json);;All files (*)</source>
        <translation>Пометки Diptych (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>There are no annotations to export.</source>
        <translation>Нет пометок для экспорта.</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Экспорт пометок</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) exported to {file}.</source>
        <translation>
            <numerusform>%n пометка экспортирована в {file}.</numerusform>
            <numerusform>%n пометки экспортированы в {file}.</numerusform>
            <numerusform>%n пометок экспортировано в {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Импорт пометок</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n добавлена</numerusform>
            <numerusform>%n добавлены</numerusform>
            <numerusform>%n добавлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n обновлена</numerusform>
            <numerusform>%n обновлены</numerusform>
            <numerusform>%n обновлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (already here)</source>
        <translation>
            <numerusform>%n пропущена (уже есть)</numerusform>
            <numerusform>%n пропущены (уже есть)</numerusform>
            <numerusform>%n пропущено (уже есть)</numerusform>
        </translation>
    </message>
    <message>
        <source>From {file}: {added}, {updated}, {skipped}.</source>
        <translation>Из {file}: {added}, {updated}, {skipped}.</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>Your annotations were saved by a newer version of Diptych. They are shown, but nothing can be changed until you use that version.</source>
        <translation>Ваши пометки сохранены более новой версией Diptych. Они показаны, но изменить их можно только в той версии.</translation>
    </message>
    <message>
        <source>The annotations database cannot be opened ({error}). No annotations are shown, and none can be made until Diptych is started again.</source>
        <translation>Базу пометок не удаётся открыть ({error}). Пометки не показаны, и новые нельзя сделать до следующего запуска Diptych.</translation>
    </message>
    <message>
        <source>Your annotations cannot be changed: their database could not be opened.</source>
        <translation>Пометки нельзя изменить: их базу не удалось открыть.</translation>
    </message>
    <message>
        <source>The annotations database was damaged ({reason}). It was kept as {kept}, and your annotations were restored from the backup of {date}; what you changed after that may be missing.</source>
        <translation>База пометок была повреждена ({reason}). Она сохранена как {kept}, а пометки восстановлены из резервной копии от {date}; изменения, сделанные после этого, могут отсутствовать.</translation>
    </message>
    <message>
        <source>The annotations database was damaged ({reason}) and there is no backup of it. It was kept as {kept}; you start with no annotations.</source>
        <translation>База пометок была повреждена ({reason}), а резервной копии нет. Она сохранена как {kept}; вы начинаете без пометок.</translation>
    </message>
    <message>
        <source>Cannot read the annotations: {error}</source>
        <translation>Не удаётся прочитать пометки: {error}</translation>
    </message>
    <message>
        <source>Your annotations are read only: they were saved by a newer version of Diptych.</source>
        <translation>Пометки доступны только для чтения: они сохранены более новой версией Diptych.</translation>
    </message>
    <message>
        <source>The annotation could not be saved: {error}</source>
        <translation>Не удалось сохранить пометку: {error}</translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}</source>
        <translation>Не удаётся записать {file}: {error}</translation>
    </message>
    <message>
        <source>{file} was not imported: {reason}. Nothing was changed.</source>
        <translation>{file} не импортирован: {reason}. Ничего не изменено.</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>это не файл</translation>
    </message>
    <message>
        <source>it cannot be read ({error})</source>
        <translation>его не удаётся прочитать ({error})</translation>
    </message>
    <message>
        <source>it is larger than {limit} MB, the most an annotations file is</source>
        <translation>он больше {limit} МБ — предельного размера файла пометок</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>это не текст в UTF-8</translation>
    </message>
    <message>
        <source>it is not JSON ({error})</source>
        <translation>это не JSON ({error})</translation>
    </message>
    <message>
        <source>an object in it names a field twice</source>
        <translation>в одном из его объектов поле названо дважды</translation>
    </message>
    <message>
        <source>it was written by a newer version of Diptych (annotations format {version}; this version reads format {known})</source>
        <translation>он записан более новой версией Diptych (формат пометок {version}; эта версия читает формат {known})</translation>
    </message>
    <message>
        <source>the annotation {id} is in it twice</source>
        <translation>пометка {id} встречается в нём дважды</translation>
    </message>
    <message>
        <source>it is not a Diptych annotations file</source>
        <translation>это не файл пометок Diptych</translation>
    </message>
    <message>
        <source>item {number} is not an annotation</source>
        <translation>элемент {number} — не пометка</translation>
    </message>
    <message>
        <source>annotation {number} has no “{field}”</source>
        <translation>у пометки {number} нет поля «{field}»</translation>
    </message>
    <message>
        <source>annotation {number} has a field unknown here: “{field}”</source>
        <translation>у пометки {number} поле, неизвестное этой версии: «{field}»</translation>
    </message>
    <message>
        <source>annotation {number} has a wrong “{field}”</source>
        <translation>у пометки {number} неверное поле «{field}»</translation>
    </message>
    <message>
        <source>in annotation {number}, the kind, language, offsets and colour do not agree</source>
        <translation>у пометки {number} не согласуются вид, язык, позиции и цвет</translation>
    </message>
</context>
<context>
    <name>AnnotationsList</name>
    <message>
        <source>Bookmark</source>
        <translation>Закладка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Highlight: {meaning}</source>
        <translation>Выделение: {meaning}</translation>
    </message>
    <message>
        <source>detached: its document is not in your library</source>
        <translation>без привязки: её документа нет в вашей библиотеке</translation>
    </message>
    <message>
        <source>detached: its text is not in this edition</source>
        <translation>без привязки: её текста нет в этой редакции</translation>
    </message>
    <message>
        <source>paragraph {paragraph}, in Russian</source>
        <translation>абзац {paragraph}, по-русски</translation>
    </message>
    <message>
        <source>paragraph {paragraph}, in English</source>
        <translation>абзац {paragraph}, по-английски</translation>
    </message>
    <message>
        <source>paragraph {paragraph}</source>
        <translation>абзац {paragraph}</translation>
    </message>
    <message>
        <source>Name: {label}</source>
        <translation>Название: {label}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Заметка: {note}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Теги: {tags}</translation>
    </message>
    <message>
        <source>detached</source>
        <translation>без привязки</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Filter by words…</source>
        <translation>Отбор по словам…</translation>
    </message>
    <message>
        <source>Filter annotations by words</source>
        <translation>Отбор пометок по словам</translation>
    </message>
    <message>
        <source>Words of the note, name, tags or highlighted text (a bookmark's or a note's whole paragraph), in Russian or English</source>
        <translation>Слова заметки, названия, тегов или выделенного текста (у закладки и заметки — всего абзаца), по-русски или по-английски</translation>
    </message>
    <message>
        <source>Show annotations of</source>
        <translation>Показать пометки из</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Этот документ</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <source>Kind or colour</source>
        <translation>Вид или цвет</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Все теги</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Пометки</translation>
    </message>
    <message>
        <source>&amp;Show in the Text</source>
        <translation>&amp;Показать в тексте</translation>
    </message>
    <message>
        <source>&amp;Edit Note and Tags…</source>
        <translation>&amp;Изменить заметку и теги…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>All highlights</source>
        <translation>Все выделения</translation>
    </message>
    <message>
        <source>Detached</source>
        <translation>Без привязки</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n пометка</numerusform>
            <numerusform>%n пометки</numerusform>
            <numerusform>%n пометок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n annotation(s)</source>
        <translation>
            <numerusform>{shown} из %n пометки</numerusform>
            <numerusform>{shown} из %n пометок</numerusform>
            <numerusform>{shown} из %n пометок</numerusform>
        </translation>
    </message>
    <message>
        <source>No annotation passes the filters. Set them back to show all {total}.</source>
        <translation>Ни одна пометка не проходит отбор. Сбросьте фильтры, чтобы увидеть все ({total}).</translation>
    </message>
    <message>
        <source>You have no annotations yet.</source>
        <translation>У вас пока нет пометок.</translation>
    </message>
    <message>
        <source>No annotations in this document yet.</source>
        <translation>В этом документе пока нет пометок.</translation>
    </message>
    <message>
        <source>Select some text and press {first}…{last} to highlight it in a colour; {bookmark} bookmarks the paragraph at the caret and {note} adds a note to it. These commands are also in the Annotate menu and the text's context menu. Your annotations are listed here.</source>
        <translation>Выделите текст и нажмите {first}…{last}, чтобы отметить его цветом; {bookmark} ставит закладку на абзац с курсором, {note} добавляет к нему заметку. Эти команды есть и в меню «Пометки», и в контекстном меню текста. Ваши пометки будут перечислены здесь.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n annotation(s)</source>
        <translation>
            <numerusform>удаление %n пометки</numerusform>
            <numerusform>удаление %n пометок</numerusform>
            <numerusform>удаление %n пометок</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>изменение пометки</translation>
    </message>
    <message>
        <source>Saved the changes to the annotation on ¶{paragraph}; {undo} takes them back.</source>
        <translation>Изменения пометки к ¶{paragraph} сохранены; {undo} отменит их.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot create the folder for your data: {error}</source>
        <translation>Не удалось создать папку для данных: {error}</translation>
    </message>
    <message>
        <source>Some corpus files have problems:
{list}</source>
        <translation>В файлах корпуса есть ошибки:
{list}</translation>
    </message>
    <message>
        <source>Left out: {documents}</source>
        <translation>Не загружены документы: {documents}</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>&lt;p&gt;What a version's status says:&lt;/p&gt;&lt;p&gt;&lt;b&gt;{official}&lt;/b&gt;: issued by the author body itself in this language; the text to quote.&lt;br&gt;&lt;b&gt;{original}&lt;/b&gt;: the language a text that is not an official act was first written in, a news agency item for example; the source, but not an official act.&lt;br&gt;&lt;b&gt;{unofficial}&lt;/b&gt;: this edition's own translation, for orientation; for the official wording, quote the other column.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Что означает статус версии:&lt;/p&gt;&lt;p&gt;&lt;b&gt;{official}&lt;/b&gt;: текст выпущен самим органом-автором на этом языке; именно его следует цитировать.&lt;br&gt;&lt;b&gt;{original}&lt;/b&gt;: язык, на котором первоначально написан текст, не являющийся официальным актом, например сообщение информационного агентства; первоисточник, но не официальный акт.&lt;br&gt;&lt;b&gt;{unofficial}&lt;/b&gt;: собственный перевод издания, для ориентира; официальную формулировку берите из другой колонки.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>glossary form «{form}» ({lang}) never occurs in the corpus</source>
        <translation>форма «{form}» ({lang}) из глоссария не встречается в корпусе</translation>
    </message>
    <message>
        <source>¶{n}: {flag} Fix the translation, or record the difference as intended in meta.toml ([[intended]]).</source>
        <translation>¶{n}: {flag} Исправьте перевод или запишите различие как намеренное в meta.toml ([[intended]]).</translation>
    </message>
    <message>
        <source>intended difference ¶{n} ({kind} «{value}») is not found between the versions: remove the record</source>
        <translation>намеренное различие ¶{n} ({kind} «{value}») между версиями не найдено: удалите запись</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>official</source>
        <translation>официальный</translation>
    </message>
    <message>
        <source>original</source>
        <translation>оригинал</translation>
    </message>
    <message>
        <source>unofficial translation</source>
        <translation>неофициальный перевод</translation>
    </message>
    <message>
        <source>{date} (inferred)</source>
        <translation>{date} (установлена по тексту)</translation>
    </message>
    <message>
        <source>para. {n}</source>
        <translation>абз. {n}</translation>
    </message>
    <message>
        <source>paras. {first}–{last}</source>
        <translation>абз. {first}–{last}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Official Russian and English texts side by side. With no command, opens the window.</source>
        <translation>Официальные тексты на русском и английском языках в параллельном просмотре. Без команды открывается окно программы.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>КАТАЛОГ</translation>
    </message>
    <message>
        <source>keep settings, notes and the index in DIR for this run</source>
        <translation>хранить настройки, заметки и индекс в каталоге КАТАЛОГ (только при этом запуске)</translation>
    </message>
    <message>
        <source>read the corpus from DIR instead of the one shipped</source>
        <translation>читать корпус из каталога КАТАЛОГ вместо поставляемого с программой</translation>
    </message>
    <message>
        <source>check that the app works here (offscreen, in a temporary folder of its own), print the result and exit</source>
        <translation>проверить, что приложение здесь работает (без экрана, в собственной временной папке), вывести итог и выйти</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>команды</translation>
    </message>
    <message>
        <source>validate a corpus directory</source>
        <translation>проверить каталог корпуса</translation>
    </message>
    <message>
        <source>Validate a corpus: print every problem as path:line: message; exit 1 if there is any error.</source>
        <translation>Проверка корпуса: каждая проблема выводится в виде путь:строка: сообщение; при наличии ошибок программа завершается с кодом 1.</translation>
    </message>
    <message>
        <source>the corpus to check (default: the shipped corpus)</source>
        <translation>проверяемый корпус (по умолчанию — корпус, поставляемый с программой)</translation>
    </message>
    <message>
        <source>search the corpus in both languages</source>
        <translation>поиск по корпусу на обоих языках</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>ЗАПРОС</translation>
    </message>
    <message>
        <source>search one language only</source>
        <translation>искать только на одном языке</translation>
    </message>
    <message>
        <source>search only this document</source>
        <translation>искать только в этом документе</translation>
    </message>
    <message>
        <source>show at most N hits</source>
        <translation>показать не более N результатов</translation>
    </message>
    <message>
        <source>search the words as typed, without correcting them</source>
        <translation>искать слова как набраны, без исправлений</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>вывести JSON</translation>
    </message>
    <message>
        <source>build the search index now</source>
        <translation>построить поисковый индекс сейчас</translation>
    </message>
    <message>
        <source>Build the search index, or check the one there is. With --out, build it into DIR (as the installer ships it) instead of the cache folder.</source>
        <translation>Построить поисковый индекс или проверить имеющийся. С --out индекс строится в КАТАЛОГЕ (так, как его поставляет установщик), а не в каталоге кэша.</translation>
    </message>
    <message>
        <source>one file holding both languages</source>
        <translation>один файл с текстом на обоих языках</translation>
    </message>
    <message>
        <source>the Russian text</source>
        <translation>русский текст</translation>
    </message>
    <message>
        <source>the English text</source>
        <translation>английский текст</translation>
    </message>
    <message>
        <source>show the pairs and the metadata without saving anything</source>
        <translation>показать пары и метаданные, ничего не сохраняя</translation>
    </message>
    <message>
        <source>the document's id</source>
        <translation>идентификатор документа</translation>
    </message>
    <message>
        <source>the Russian title, in place of the one found</source>
        <translation>русское название вместо найденного в тексте</translation>
    </message>
    <message>
        <source>the English title, in place of the one found</source>
        <translation>английское название вместо найденного в тексте</translation>
    </message>
    <message>
        <source>the status of the Russian text</source>
        <translation>статус русского текста</translation>
    </message>
    <message>
        <source>the status of the English text</source>
        <translation>статус английского текста</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>НАЗВАНИЕ</translation>
    </message>
    <message>
        <source>list the documents of the library, with their origin</source>
        <translation>перечислить документы библиотеки с указанием их происхождения</translation>
    </message>
    <message>
        <source>List every document: its id, its origin (the edition, or imported by you), its date and its title.</source>
        <translation>Перечислить все документы: идентификатор, происхождение (издание или импортирован вами), дату и название.</translation>
    </message>
    <message>
        <source>remove a document you imported</source>
        <translation>удалить импортированный вами документ</translation>
    </message>
    <message>
        <source>Remove a document you imported from your library. Your annotations of it are kept, marked detached, unless --delete-annotations is given.</source>
        <translation>Удалить импортированный вами документ из библиотеки. Ваши пометки к нему сохраняются без привязки, если не указан параметр --delete-annotations.</translation>
    </message>
    <message>
        <source>the id of the document, as diptych list shows it</source>
        <translation>идентификатор документа, как его показывает diptych list</translation>
    </message>
    <message>
        <source>delete your annotations of the document too</source>
        <translation>удалить и ваши пометки к документу</translation>
    </message>
    <message>
        <source>{id}: an id is lower-case letters and digits, joined by hyphens</source>
        <translation>{id}: идентификатор состоит из строчных латинских букв и цифр, соединённых дефисами</translation>
    </message>
    <message>
        <source>list what one language version says and the other does not</source>
        <translation>перечислить то, что есть в одной языковой версии и чего нет в другой</translation>
    </message>
    <message>
        <source>List the differences between the Russian and English versions of each paragraph: numbers, dates, named entities and quotations that one version has and the other does not. Differences recorded as intended in meta.toml are left out.</source>
        <translation>Перечислить различия между русской и английской версиями каждого абзаца: числа, даты, имена собственные и цитаты, которые есть в одной версии и которых нет в другой. Различия, записанные в meta.toml как намеренные, не показываются.</translation>
    </message>
    <message>
        <source>the document to compare</source>
        <translation>документ для сравнения</translation>
    </message>
    <message>
        <source>every document</source>
        <translation>все документы</translation>
    </message>
    <message>
        <source>write annotated excerpts to a PDF, both languages side by side</source>
        <translation>записать отрывки с пометками в PDF, оба языка рядом</translation>
    </message>
    <message>
        <source>Write excerpts to a PDF to hand on: each paragraph in both languages with its source and status, your highlights in their colours and your notes. By default the paragraphs you annotated, in every document.</source>
        <translation>Записать отрывки в PDF, чтобы передать коллегам: каждый абзац на обоих языках с источником и статусом, ваши выделения в их цветах и ваши заметки. По умолчанию — абзацы с вашими пометками во всех документах.</translation>
    </message>
    <message>
        <source>only this document's excerpts (give --doc again for more)</source>
        <translation>только отрывки этого документа (для нескольких повторите --doc)</translation>
    </message>
    <message>
        <source>the paragraphs you highlighted, bookmarked or wrote a note on</source>
        <translation>абзацы, в которых вы что-то выделили, поставили закладку или написали заметку</translation>
    </message>
    <message>
        <source>only highlights of this colour or meaning (give it again for more)</source>
        <translation>только выделения этого цвета или значения (для нескольких повторите параметр)</translation>
    </message>
    <message>
        <source>the key passages</source>
        <translation>ключевые фрагменты</translation>
    </message>
    <message>
        <source>the paragraphs this search finds, with your marks on them</source>
        <translation>абзацы, которые находит этот запрос, с вашими пометками</translation>
    </message>
    <message>
        <source>both languages side by side (the default), or one</source>
        <translation>оба языка рядом (по умолчанию) или один</translation>
    </message>
    <message>
        <source>replace OUT.pdf if it exists</source>
        <translation>заменить OUT.pdf, если он уже есть</translation>
    </message>
    <message>
        <source>add, list, export, import or remove bookmarks, highlights and notes</source>
        <translation>добавить, показать, экспортировать, импортировать или удалить закладки, выделения и заметки</translation>
    </message>
    <message>
        <source>Your bookmarks, highlights and notes, kept in the data folder (see --data-dir) and shared with the window.</source>
        <translation>Ваши закладки, выделения и заметки: они хранятся в папке данных (см. --data-dir) и общие с окном программы.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>ТЕКСТ</translation>
    </message>
    <message>
        <source>highlight a quote, bookmark a paragraph or add a note to it</source>
        <translation>выделить цитату, поставить закладку на абзац или добавить к нему заметку</translation>
    </message>
    <message>
        <source>Add a highlight (--lang and --quote), a bookmark (--bookmark) or a note (--note alone) to a paragraph, and print its id.</source>
        <translation>Добавить к абзацу выделение (--lang и --quote), закладку (--bookmark) или заметку (только --note) и вывести её идентификатор.</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>the paragraph's number, as the window shows it</source>
        <translation>номер абзаца, как в окне программы</translation>
    </message>
    <message>
        <source>the language of --quote</source>
        <translation>язык текста --quote</translation>
    </message>
    <message>
        <source>highlight this text of the paragraph (where it first occurs)</source>
        <translation>выделить этот текст абзаца (там, где он встречается впервые)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>the highlight's colour, or its meaning (default: the first colour)</source>
        <translation>цвет выделения или его значение (по умолчанию первый цвет)</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>ТЕГ</translation>
    </message>
    <message>
        <source>a tag (give --tag again for more)</source>
        <translation>тег (для нескольких повторите --tag)</translation>
    </message>
    <message>
        <source>bookmark the paragraph</source>
        <translation>поставить закладку на абзац</translation>
    </message>
    <message>
        <source>the bookmark's name</source>
        <translation>название закладки</translation>
    </message>
    <message>
        <source>list annotations</source>
        <translation>показать пометки</translation>
    </message>
    <message>
        <source>List the annotations, in reading order.</source>
        <translation>Показать пометки в порядке чтения.</translation>
    </message>
    <message>
        <source>only this document's</source>
        <translation>только пометки этого документа</translation>
    </message>
    <message>
        <source>print JSON, each annotation as in an exported file</source>
        <translation>вывести JSON, каждую пометку как в экспортированном файле</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>add a document in Russian and English to your library</source>
        <translation>добавить документ на русском и английском языках в вашу библиотеку</translation>
    </message>
    <message>
        <source>Read a document in Russian and English, one bilingual FILE or the two languages in two files, align its paragraphs and save it in your library, where the window, search and the other commands find it. With --dry-run, show the pairs, each with its confidence, and the proposed metadata, and save nothing.</source>
        <translation>Прочитать документ на русском и английском языках (один двуязычный ФАЙЛ или два файла, по одному на язык), сопоставить его абзацы и сохранить в вашей библиотеке, где его найдут окно, поиск и другие команды. С параметром --dry-run показать пары с уверенностью каждой и предлагаемые метаданные, ничего не сохраняя.</translation>
    </message>
    <message>
        <source>write annotations to a file</source>
        <translation>записать пометки в файл</translation>
    </message>
    <message>
        <source>Write the annotations to FILE, in the format described in the README.</source>
        <translation>Записать пометки в ФАЙЛ в формате, описанном в README.</translation>
    </message>
    <message>
        <source>merge annotations from a file</source>
        <translation>добавить пометки из файла</translation>
    </message>
    <message>
        <source>Merge the annotations of FILE (a colleague's export, say): those not here are added, those edited there later than here are updated, the rest skipped. A file with anything wrong in it is refused whole.</source>
        <translation>Объединить пометки с пометками из ФАЙЛА (например, экспортированного коллегой): отсутствующие здесь добавляются, изменённые там позже, чем здесь, обновляются, остальные пропускаются. Файл с любой ошибкой отклоняется целиком.</translation>
    </message>
    <message>
        <source>remove annotations</source>
        <translation>удалить пометки</translation>
    </message>
    <message>
        <source>Remove the annotations with these ids.</source>
        <translation>Удалить пометки с этими идентификаторами.</translation>
    </message>
    <message>
        <source>{value} is not a whole number of 1 or more</source>
        <translation>{value} — не целое число от 1 и больше</translation>
    </message>
    <message>
        <source>at most {limit} characters, and no control characters but tabs and line breaks</source>
        <translation>не более {limit} символов и никаких управляющих символов, кроме табуляции и переводов строки</translation>
    </message>
    <message>
        <source>{path}: corpus directory not found</source>
        <translation>{path}: папка корпуса не найдена</translation>
    </message>
    <message>
        <source>{path} is a file; a corpus is a folder with one folder per document</source>
        <translation>{path} — это файл; корпус — это папка, в которой у каждого документа своя папка</translation>
    </message>
    <message>
        <source>{path} is one document's folder; its corpus is the folder above it</source>
        <translation>{path} — папка одного документа; его корпус — папка уровнем выше</translation>
    </message>
    <message>
        <source>{path} is not a corpus: it has no document folders (each with meta.toml, ru.md and en.md)</source>
        <translation>{path} — не корпус: в ней нет папок документов (в каждой meta.toml, ru.md и en.md)</translation>
    </message>
    <message>
        <source>There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start Diptych from a desktop session, or on a virtual display: xvfb-run diptych (from a source checkout: xvfb-run make run). The commands check, search and index work without a display: diptych --help.</source>
        <translation>Нет дисплея, на котором можно открыть окно (не задана ни переменная DISPLAY, ни WAYLAND_DISPLAY). Запустите Diptych из графического сеанса или на виртуальном дисплее: xvfb-run diptych (из исходного кода: xvfb-run make run). Команды check, search и index работают без дисплея: diptych --help.</translation>
    </message>
    <message>
        <source>{word} is not valid UTF-8; set the terminal to UTF-8</source>
        <translation>{word} — это не UTF-8; переключите терминал на UTF-8</translation>
    </message>
    <message>
        <source>--self-test takes no command; give it alone</source>
        <translation>--self-test не принимает команду; укажите его отдельно</translation>
    </message>
    <message>
        <source>{docs} documents, {pairs} block pairs</source>
        <translation>документов: {docs}, пар блоков: {pairs}</translation>
    </message>
    <message>
        <source>{summary}, {errors} errors, {warnings} warnings</source>
        <translation>{summary}, ошибок: {errors}, предупреждений: {warnings}</translation>
    </message>
    <message>
        <source>OK ({warnings} warnings)</source>
        <translation>ошибок нет (предупреждений: {warnings})</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ошибок нет</translation>
    </message>
    <message>
        <source>The query is empty: give a word or a phrase to search for.</source>
        <translation>Запрос пуст: укажите слово или фразу для поиска.</translation>
    </message>
    <message>
        <source>no document {ids} in the corpus; its documents are: {known}</source>
        <translation>в корпусе нет документа {ids}; его документы: {known}</translation>
    </message>
    <message>
        <source>Hits: {total}</source>
        <translation>Совпадений: {total}</translation>
    </message>
    <message>
        <source>Nothing found for «{query}».</source>
        <translation>По запросу «{query}» ничего не найдено.</translation>
    </message>
    <message>
        <source>To search for «{query}» as typed, add --as-typed.</source>
        <translation>Чтобы искать «{query}» как набрано, добавьте --as-typed.</translation>
    </message>
    <message>
        <source>Search is unavailable: {error}</source>
        <translation>Поиск недоступен: {error}</translation>
    </message>
    <message>
        <source>{shown} of {total} hits</source>
        <translation>показано: {shown}, всего найдено: {total}</translation>
    </message>
    <message>
        <source>Search both languages at once. Syntax: words (all must match), "a phrase", prefix*, word~ (spelling may differ), -excluded, OR between alternatives. Every word that is not an option below is part of the query, so `diptych search Astana -Almaty` needs no quotes.</source>
        <translation>Поиск сразу на обоих языках. Синтаксис: слова (должны найтись все), "фраза", префикс*, слово~ (написание может отличаться), -исключение, OR между вариантами. Всё, что не является параметром ниже, входит в запрос, поэтому `diptych search Астана -Алматы` не нуждается в кавычках.</translation>
    </message>
    <message>
        <source>Index ready: {pairs} block pairs</source>
        <translation>Индекс готов: пар блоков — {pairs}</translation>
    </message>
    <message>
        <source>--quote and --lang go together: the text to highlight and its language</source>
        <translation>--quote и --lang задаются вместе: выделяемый текст и его язык</translation>
    </message>
    <message>
        <source>a bookmark marks a whole paragraph: give --bookmark or --quote</source>
        <translation>закладка ставится на весь абзац: укажите --bookmark или --quote</translation>
    </message>
    <message>
        <source>--colour is a highlight's: give --lang and --quote too</source>
        <translation>--colour — это цвет выделения: укажите также --lang и --quote</translation>
    </message>
    <message>
        <source>--label names a bookmark: give --bookmark too</source>
        <translation>--label — это название закладки: укажите также --bookmark</translation>
    </message>
    <message>
        <source>say what to add: --lang and --quote (a highlight), --bookmark, or --note (a note on the paragraph)</source>
        <translation>укажите, что добавить: --lang и --quote (выделение), --bookmark или --note (заметку к абзацу)</translation>
    </message>
    <message>
        <source>{doc} has paragraphs 1 to {count}</source>
        <translation>в документе {doc} абзацы с 1 по {count}</translation>
    </message>
    <message>
        <source>«{quote}» is not in paragraph {paragraph} of {doc} ({lang}); a quote is found only as the text has it, character for character.</source>
        <translation>«{quote}» нет в абзаце {paragraph} документа {doc} ({lang}); цитата ищется точно в том виде, в каком она в тексте, символ в символ.</translation>
    </message>
    <message>
        <source>Paragraph {paragraph} of {doc} has a bookmark already: {id}</source>
        <translation>На абзаце {paragraph} документа {doc} уже есть закладка: {id}</translation>
    </message>
    <message>
        <source>no colour {name}; the colours are: {known}</source>
        <translation>нет цвета {name}; есть цвета: {known}</translation>
    </message>
    <message>
        <source>Annotations: {count}</source>
        <translation>Пометок: {count}</translation>
    </message>
    <message>
        <source>No annotations.</source>
        <translation>Пометок нет.</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>закладка</translation>
    </message>
    <message>
        <source>highlight</source>
        <translation>выделение</translation>
    </message>
    <message>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <source>(detached: its text is not in this edition)</source>
        <translation>(без привязки: этого текста нет в данной редакции)</translation>
    </message>
    <message>
        <source>label: {label}</source>
        <translation>название: {label}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>заметка: {note}</translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>теги: {tags}</translation>
    </message>
    <message>
        <source>Exported {count} annotations to {file}</source>
        <translation>Экспортировано пометок: {count}, в файл {file}</translation>
    </message>
    <message>
        <source>Added {added}, updated {updated}, skipped {skipped}.</source>
        <translation>Добавлено: {added}, обновлено: {updated}, пропущено: {skipped}.</translation>
    </message>
    <message>
        <source>No annotation {ids}; nothing was removed.</source>
        <translation>Нет пометки {ids}; ничего не удалено.</translation>
    </message>
    <message>
        <source>Removed {id}</source>
        <translation>Удалено: {id}</translation>
    </message>
    <message>
        <source>Nothing to export: no paragraph matches the choice, so no PDF was written. By default the paragraphs you annotated are exported; see --key-passages and --search for others.</source>
        <translation>Экспортировать нечего: ни один абзац не подходит под выбор, поэтому PDF не записан. По умолчанию экспортируются абзацы с вашими пометками; другие варианты — --key-passages и --search.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Не удалось записать {path}: {error}</translation>
    </message>
    <message>
        <source>Excerpts written to {file}: {count}</source>
        <translation>Отрывков записано в {file}: {count}</translation>
    </message>
    <message>
        <source>{path} is a folder; give the PDF's file name</source>
        <translation>{path} — это папка; укажите имя файла PDF</translation>
    </message>
    <message>
        <source>{path} exists; add --force to replace it</source>
        <translation>{path} уже существует; чтобы заменить его, добавьте --force</translation>
    </message>
    <message>
        <source>There is no folder {folder} to write the PDF in</source>
        <translation>Папки {folder}, в которую нужно записать PDF, нет</translation>
    </message>
    <message>
        <source>Cannot write in the folder {folder}: permission denied</source>
        <translation>Нет прав на запись в папку {folder}</translation>
    </message>
    <message>
        <source>Differences: {count} (documents compared: {documents})</source>
        <translation>Различий: {count} (сравнено документов: {documents})</translation>
    </message>
    <message>
        <source>Give one bilingual FILE, or both --ru FILE and --en FILE.</source>
        <translation>Укажите один двуязычный ФАЙЛ или оба параметра: --ru ФАЙЛ и --en ФАЙЛ.</translation>
    </message>
    <message>
        <source>Say what each text is, with --status-ru and --status-en (official, original or unofficial-translation); --dry-run shows the import without saving it.</source>
        <translation>Укажите статус каждого текста параметрами --status-ru и --status-en (official, original или unofficial-translation); --dry-run показывает импорт без сохранения.</translation>
    </message>
    <message>
        <source>Paragraphs left out, in neither language or out of place: {count}.</source>
        <translation>Пропущено абзацев (ни на одном из языков или не на своем месте): {count}.</translation>
    </message>
    <message>
        <source>Your library already holds this text, as {id}; this is a second copy.</source>
        <translation>Этот текст уже есть в вашей библиотеке как {id}; это вторая копия.</translation>
    </message>
    <message>
        <source>Cannot save: {error}</source>
        <translation>Не удается сохранить: {error}</translation>
    </message>
    <message>
        <source>Imported {id}: {pairs} pairs. It is in your library now.</source>
        <translation>Импортирован {id}: пар — {pairs}. Документ теперь в вашей библиотеке.</translation>
    </message>
    <message>
        <source>{id} is part of the edition and cannot be removed.</source>
        <translation>{id} входит в издание, его нельзя удалить.</translation>
    </message>
    <message>
        <source>No imported document has the id {id}.</source>
        <translation>Нет импортированного документа с идентификатором {id}.</translation>
    </message>
    <message>
        <source>Cannot remove: {error}</source>
        <translation>Не удается удалить: {error}</translation>
    </message>
    <message>
        <source>Removed {id}. Annotations of it deleted: {count}.</source>
        <translation>Документ {id} удален. Удалено пометок к нему: {count}.</translation>
    </message>
    <message>
        <source>Removed {id}. Annotations of it kept, marked detached: {count}.</source>
        <translation>Документ {id} удален. Пометок к нему сохранено без привязки: {count}.</translation>
    </message>
    <message>
        <source>Proposed metadata (nothing is saved):</source>
        <translation>Предлагаемые метаданные (ничего не сохраняется):</translation>
    </message>
    <message>
        <source>id</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <source>title (ru)</source>
        <translation>название (рус.)</translation>
    </message>
    <message>
        <source>title (en)</source>
        <translation>название (англ.)</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>status (ru)</source>
        <translation>статус (рус.)</translation>
    </message>
    <message>
        <source>status (en)</source>
        <translation>статус (англ.)</translation>
    </message>
    <message>
        <source>conf.</source>
        <translation>дост.</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>{pairs} pairs, {weak} weak (marked !: confidence below {limit})</source>
        <translation>пар: {pairs}, слабых: {weak} (отмечены !: достоверность ниже {limit})</translation>
    </message>
    <message>
        <source>Left out, in neither language or out of place:</source>
        <translation>Пропущено (ни на одном из двух языков или не на своём месте):</translation>
    </message>
</context>
<context>
    <name>ColourNamesDialog</name>
    <message>
        <source>Name the Colours</source>
        <translation>Названия цветов</translation>
    </message>
    <message>
        <source>Say what each highlight colour means to you. An empty name keeps the default.</source>
        <translation>Укажите, что для вас означает каждый цвет выделения. Пустое поле оставляет название по умолчанию.</translation>
    </message>
</context>
<context>
    <name>Colours</name>
    <message>
        <source>quote</source>
        <translation>цитата</translation>
    </message>
    <message>
        <source>check</source>
        <translation>проверить</translation>
    </message>
    <message>
        <source>disagree</source>
        <translation>не согласен</translation>
    </message>
    <message>
        <source>term</source>
        <translation>термин</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>вернуться</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>The English has {found}; the Russian paragraph does not.</source>
        <translation>В английском тексте есть {found}, в русском абзаце — нет.</translation>
    </message>
    <message>
        <source>The Russian has {found}; the English paragraph does not.</source>
        <translation>В русском тексте есть {found}, в английском абзаце — нет.</translation>
    </message>
    <message>
        <source>The English gives the date {found}; the Russian paragraph does not.</source>
        <translation>В английском тексте указана дата {found}, в русском абзаце — нет.</translation>
    </message>
    <message>
        <source>The Russian gives the date {found}; the English paragraph does not.</source>
        <translation>В русском тексте указана дата {found}, в английском абзаце — нет.</translation>
    </message>
    <message>
        <source>The English names {found}; the Russian paragraph does not ({other}).</source>
        <translation>В английском тексте названо: {found}; в русском абзаце — нет ({other}).</translation>
    </message>
    <message>
        <source>The Russian names {found}; the English paragraph does not ({other}).</source>
        <translation>В русском тексте названо: {found}; в английском абзаце — нет ({other}).</translation>
    </message>
    <message>
        <source>The English quotes {found}; the Russian paragraph has no quotation there.</source>
        <translation>В английском тексте есть цитата {found}; в русском абзаце цитаты здесь нет.</translation>
    </message>
    <message>
        <source>The Russian quotes {found}; the English paragraph has no quotation there.</source>
        <translation>В русском тексте есть цитата {found}; в английском абзаце цитаты здесь нет.</translation>
    </message>
</context>
<context>
    <name>Corpus</name>
    <message>
        <source>corpus directory not found</source>
        <translation>каталог корпуса не найден</translation>
    </message>
    <message>
        <source>duplicate id {id}: already used by {other}</source>
        <translation>повторяющийся id {id}: уже используется в {other}</translation>
    </message>
    <message>
        <source>the corpus holds no document</source>
        <translation>в корпусе нет ни одного документа</translation>
    </message>
    <message>
        <source>missing file</source>
        <translation>файл отсутствует</translation>
    </message>
    <message>
        <source>not valid UTF-8 text</source>
        <translation>текст не в корректной кодировке UTF-8</translation>
    </message>
    <message>
        <source>cannot read: {error}</source>
        <translation>не удалось прочитать: {error}</translation>
    </message>
    <message>
        <source>folder name is not valid UTF-8</source>
        <translation>имя папки не в кодировке UTF-8</translation>
    </message>
    <message>
        <source>file larger than {size} MB</source>
        <translation>файл больше {size} МБ</translation>
    </message>
    <message>
        <source>TOML arrays or tables nested too deep</source>
        <translation>слишком глубокая вложенность массивов или таблиц TOML</translation>
    </message>
    <message>
        <source>TOML syntax error: {error}</source>
        <translation>синтаксическая ошибка TOML: {error}</translation>
    </message>
    <message>
        <source>empty document</source>
        <translation>пустой документ</translation>
    </message>
    <message>
        <source>intended difference in paragraph {n}, but the document has {count}</source>
        <translation>намеренное различие в абзаце {n}, а в документе их {count}</translation>
    </message>
    <message>
        <source>control character U+{code} (shown as �)</source>
        <translation>управляющий символ U+{code} (отображается как �)</translation>
    </message>
    <message>
        <source>block of {n} characters, more than {max}: it is shown without formatting</source>
        <translation>блок из {n} символов, больше {max}: отображается без оформления</translation>
    </message>
    <message>
        <source>formatting nested more than {max} deep: the block is shown without formatting</source>
        <translation>оформление вложено глубже {max} уровней: блок отображается без оформления</translation>
    </message>
    <message>
        <source>unbalanced {mark}: a key passage is not closed</source>
        <translation>непарная разметка {mark}: ключевой фрагмент не закрыт</translation>
    </message>
    <message>
        <source>raw HTML {tag} (it is shown as text)</source>
        <translation>HTML-разметка {tag} в исходном тексте (отображается как текст)</translation>
    </message>
    <message>
        <source>Markdown link or image {markup} (it is shown as text)</source>
        <translation>ссылка или изображение Markdown {markup} (отображается как текст)</translation>
    </message>
    <message>
        <source>Markdown reference definition {markup} (it is shown as text)</source>
        <translation>определение ссылки Markdown {markup} (отображается как текст)</translation>
    </message>
    <message>
        <source>block {n} is empty in both languages (ru.md line {ru_line})</source>
        <translation>блок {n} пуст на обоих языках (ru.md, строка {ru_line})</translation>
    </message>
    <message>
        <source>block {n} differs in kind: {ru_kind} in ru.md (line {ru_line}), {en_kind} in en.md: «{ru_start}» / «{en_start}»</source>
        <translation>блок {n} различается по типу: {ru_kind} в ru.md (строка {ru_line}), {en_kind} в en.md: «{ru_start}» / «{en_start}»</translation>
    </message>
    <message>
        <source>{longer}.md has {n_long} blocks but {shorter}.md has {n_short}: block {n} has no counterpart: «{start}»</source>
        <translation>блоков в {longer}.md: {n_long}, а в {shorter}.md: {n_short}; у блока {n} нет соответствия: «{start}»</translation>
    </message>
    <message>
        <source>heading {level}</source>
        <translation>заголовок {level}</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>абзац</translation>
    </message>
    <message>
        <source>list item</source>
        <translation>пункт списка</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>цитата</translation>
    </message>
    <message>
        <source>block {n}: the key passage has no counterpart in this language</source>
        <translation>блок {n}: у ключевого фрагмента нет соответствия на этом языке</translation>
    </message>
    <message>
        <source>unknown origin {origin}; use one of: {origins}</source>
        <translation>неизвестное происхождение {origin}; используйте одно из: {origins}</translation>
    </message>
    <message>
        <source>intended must be an array of tables</source>
        <translation>intended должен быть массивом таблиц</translation>
    </message>
    <message>
        <source>missing key {key}</source>
        <translation>отсутствует ключ {key}</translation>
    </message>
    <message>
        <source>intended.paragraph must be a paragraph number, 1 or more</source>
        <translation>intended.paragraph должен быть номером абзаца, от 1</translation>
    </message>
    <message>
        <source>unknown intended kind {kind}; use one of: {kinds}</source>
        <translation>неизвестный вид намеренного различия {kind}; допустимы: {kinds}</translation>
    </message>
    <message>
        <source>intended.value must be the text of the difference</source>
        <translation>intended.value должен быть текстом различия</translation>
    </message>
    <message>
        <source>intended.only_in must be ru or en</source>
        <translation>intended.only_in должен быть ru или en</translation>
    </message>
    <message>
        <source>intended.reason must be a table with ru and en</source>
        <translation>intended.reason должен быть таблицей с ru и en</translation>
    </message>
    <message>
        <source>unknown key {key}</source>
        <translation>неизвестный ключ {key}</translation>
    </message>
    <message>
        <source>{key} must be a string</source>
        <translation>значение {key} должно быть строкой</translation>
    </message>
    <message>
        <source>id {id} may hold only a-z, 0-9 and hyphens</source>
        <translation>id {id} может содержать только a-z, 0-9 и дефисы</translation>
    </message>
    <message>
        <source>id {id} differs from its folder name {folder}</source>
        <translation>id {id} не совпадает с именем папки {folder}</translation>
    </message>
    <message>
        <source>unknown kind {kind}; use one of: {kinds}</source>
        <translation>неизвестный тип {kind}; допустимые значения: {kinds}</translation>
    </message>
    <message>
        <source>unknown status {status}; use one of: {statuses}</source>
        <translation>неизвестный статус {status}; допустимые значения: {statuses}</translation>
    </message>
    <message>
        <source>date_inferred must be true or false</source>
        <translation>значение date_inferred должно быть true или false</translation>
    </message>
    <message>
        <source>an inferred date needs a date_note saying how it was inferred</source>
        <translation>для даты, установленной по тексту, нужен ключ date_note с пояснением, как она установлена</translation>
    </message>
    <message>
        <source>undated document without a date_note</source>
        <translation>для документа без даты отсутствует ключ date_note</translation>
    </message>
    <message>
        <source>notes must be a table of two lists of strings, ru and en</source>
        <translation>значение notes должно быть таблицей из двух списков строк, ru и en</translation>
    </message>
    <message>
        <source>notes.ru has {ru} items but notes.en has {en}</source>
        <translation>в notes.ru элементов: {ru}, а в notes.en: {en}</translation>
    </message>
    <message>
        <source>{key} must be a table with ru and en</source>
        <translation>значение {key} должно быть таблицей с ключами ru и en</translation>
    </message>
    <message>
        <source>invalid date {date}: use YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>недопустимая дата {date}: используйте формат ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>term must be an array of tables: [[term]]</source>
        <translation>значение term должно быть массивом таблиц: [[term]]</translation>
    </message>
    <message>
        <source>unknown term kind {kind}; use one of: {kinds}</source>
        <translation>неизвестный тип термина {kind}; допустимые значения: {kinds}</translation>
    </message>
    <message>
        <source>{lang} must be a non-empty list of forms</source>
        <translation>значение {lang} должно быть непустым списком форм</translation>
    </message>
    <message>
        <source>note must be a string</source>
        <translation>значение note должно быть строкой</translation>
    </message>
    <message>
        <source>The corpus cache was damaged or altered; the corpus was read from its files again.</source>
        <translation>Кэш корпуса был повреждён или изменён; корпус заново прочитан из его файлов.</translation>
    </message>
    <message>
        <source>id {id} is already used by the edition; the document is not shown</source>
        <translation>идентификатор {id} уже занят изданием; документ не показывается</translation>
    </message>
    <message>
        <source>a document of your own corpus must say origin = "imported"; the document is not shown</source>
        <translation>документ вашего собственного корпуса должен содержать origin = "imported"; документ не показывается</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>Lower-case letters and digits, joined by hyphens</source>
        <translation>Строчные латинские буквы и цифры, соединенные дефисами</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or YYYY-MM, or YYYY</source>
        <translation>ГГГГ-ММ-ДД, или ГГГГ-ММ, или ГГГГ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>Status of the {language} text</source>
        <translation>Статус текста: {language}</translation>
    </message>
    <message>
        <source>Title (&amp;Russian):</source>
        <translation>Название (&amp;рус.):</translation>
    </message>
    <message>
        <source>Place (Russian):</source>
        <translation>Место (рус.):</translation>
    </message>
    <message>
        <source>Title (&amp;English):</source>
        <translation>Название (&amp;англ.):</translation>
    </message>
    <message>
        <source>Place (English):</source>
        <translation>Место (англ.):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Идентификатор:</translation>
    </message>
    <message>
        <source>Document Details</source>
        <translation>Сведения о документе</translation>
    </message>
    <message>
        <source>The details could not be saved: {error}</source>
        <translation>Не удалось сохранить сведения: {error}</translation>
    </message>
</context>
<context>
    <name>DifferencesPanel</name>
    <message>
        <source>Differences</source>
        <translation>Различия</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>Нет открытого документа.</translation>
    </message>
    <message>
        <source>Both versions are official: these differences are in the documents themselves.</source>
        <translation>Обе версии официальные: эти различия есть в самих документах.</translation>
    </message>
    <message>
        <source>One version is the edition's translation: differences the edition means are recorded in its notes and not listed.</source>
        <translation>Одна из версий — перевод издания: намеренные различия записаны в его примечаниях и здесь не перечислены.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n различие.</numerusform>
            <numerusform>%n различия.</numerusform>
            <numerusform>%n различий.</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences: the two versions give the same numbers, dates, names and quotations.</source>
        <translation>Различий нет: в обеих версиях одни и те же числа, даты, имена и цитаты.</translation>
    </message>
</context>
<context>
    <name>DocInfo</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <source>issued by the author body in this language</source>
        <translation>выпущен самим органом-автором на этом языке</translation>
    </message>
    <message>
        <source>the language the text was first written in; not an official act</source>
        <translation>язык, на котором текст был написан первоначально; не официальный акт</translation>
    </message>
    <message>
        <source>this edition's own translation, for orientation; not to be quoted as official</source>
        <translation>собственный перевод издания, для ориентира; не цитировать как официальный текст</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>imported by you</source>
        <translation>импортирован вами</translation>
    </message>
    <message>
        <source>{lang} text</source>
        <translation>Текст: {lang}</translation>
    </message>
    <message>
        <source>Edited from</source>
        <translation>Источник издания</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>Editorial notes</source>
        <translation>Редакционные примечания</translation>
    </message>
    <message>
        <source>Document information</source>
        <translation>Сведения о документе</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Excerpts to PDF</source>
        <translation>Экспорт отрывков в PDF</translation>
    </message>
    <message>
        <source>Excerpts from</source>
        <translation>Откуда отрывки</translation>
    </message>
    <message>
        <source>This document: {title}</source>
        <translation>Этот документ: {title}</translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation>Вся библиотека</translation>
    </message>
    <message>
        <source>The annotations selected in the Annotations panel</source>
        <translation>Пометки, выбранные на панели пометок</translation>
    </message>
    <message>
        <source>The current search results</source>
        <translation>Текущие результаты поиска</translation>
    </message>
    <message>
        <source>(no document is open)</source>
        <translation>(документ не открыт)</translation>
    </message>
    <message>
        <source>(none is selected)</source>
        <translation>(ничего не выбрано)</translation>
    </message>
    <message>
        <source>(there are none)</source>
        <translation>(их нет)</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>Highlights: {meaning}</source>
        <translation>Выделения: {meaning}</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <source>Notes on paragraphs</source>
        <translation>Заметки к абзацам</translation>
    </message>
    <message>
        <source>Key passages</source>
        <translation>Ключевые фрагменты</translation>
    </message>
    <message>
        <source>Russian and English side by side</source>
        <translation>Русский и английский рядом</translation>
    </message>
    <message>
        <source>Russian only</source>
        <translation>Только русский</translation>
    </message>
    <message>
        <source>English only</source>
        <translation>Только английский</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Расположение:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Бумага:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message numerus="yes">
        <source>This choice yields %n excerpt(s).</source>
        <translation>
            <numerusform>По этому выбору получится %n отрывок.</numerusform>
            <numerusform>По этому выбору получится %n отрывка.</numerusform>
            <numerusform>По этому выбору получится %n отрывков.</numerusform>
        </translation>
    </message>
    <message>
        <source>This choice yields no excerpt: include more, or choose another scope.</source>
        <translation>По этому выбору не получится ни одного отрывка: включите больше или выберите другой источник.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Документы PDF (*.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>{file} exists. Replace it?</source>
        <translation>Файл {file} уже есть. Заменить его?</translation>
    </message>
    <message>
        <source>{path} is a folder: give the PDF a file name.</source>
        <translation>{path} — это папка: укажите имя файла PDF.</translation>
    </message>
    <message>
        <source>There is no folder {folder}.</source>
        <translation>Папки {folder} нет.</translation>
    </message>
    <message>
        <source>You may not write in {folder}.</source>
        <translation>Нет права записи в папку {folder}.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document…</source>
        <translation>Найти в этом документе…</translation>
    </message>
    <message>
        <source>Find in this document</source>
        <translation>Найти в этом документе</translation>
    </message>
    <message>
        <source>Previous (Shift+Enter)</source>
        <translation>Предыдущее (Shift+Enter)</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>Следующее (Enter)</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Закрыть поиск</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} из {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>Filter terms, Russian or English…</source>
        <translation>Фильтр терминов, по-русски или по-английски…</translation>
    </message>
    <message>
        <source>Filter glossary terms</source>
        <translation>Фильтр терминов глоссария</translation>
    </message>
    <message>
        <source>Words of a term's forms, in Russian or English, or of its note; the beginning of a word is enough</source>
        <translation>Слова форм термина, на русском или английском, или его примечания; достаточно начала слова</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>Термины глоссария</translation>
    </message>
    <message>
        <source>Occurrences of the term</source>
        <translation>Употребления термина</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n термин</numerusform>
            <numerusform>%n термина</numerusform>
            <numerusform>%n терминов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n term(s)</source>
        <translation>
            <numerusform>{shown} из %n термина</numerusform>
            <numerusform>{shown} из %n терминов</numerusform>
            <numerusform>{shown} из %n терминов</numerusform>
        </translation>
    </message>
    <message>
        <source>No term has these words.</source>
        <translation>Ни в одном термине нет этих слов.</translation>
    </message>
    <message>
        <source>{en} — {ru}: {count}</source>
        <translation>{en} — {ru}: {count}</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Reading Guide</source>
        <translation>Руководство читателя</translation>
    </message>
    <message>
        <source>Reading guide</source>
        <translation>Руководство читателя</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The Word document is too large once unpacked ({size} MB at most).</source>
        <translation>Документ Word слишком велик в распакованном виде (допустимо не более {size} МБ).</translation>
    </message>
    <message>
        <source>The Word document holds an XML document type declaration, which Word never writes: it is not imported.</source>
        <translation>Документ Word содержит объявление типа документа XML, которого Word никогда не пишет: документ не импортирован.</translation>
    </message>
    <message>
        <source>The Word document is damaged and cannot be read.</source>
        <translation>Документ Word повреждён и не может быть прочитан.</translation>
    </message>
    <message>
        <source>This is a zip archive, not a Word document (.docx): only .docx is read.</source>
        <translation>Это zip-архив, а не документ Word (.docx): читаются только файлы .docx.</translation>
    </message>
    <message>
        <source>This is an old Word (.doc) or other Office file: save it as .docx and import that.</source>
        <translation>Это файл старого формата Word (.doc) или другой файл Office: сохраните его как .docx и импортируйте его.</translation>
    </message>
    <message>
        <source>RTF is not read: save the document as .docx and import that.</source>
        <translation>Формат RTF не читается: сохраните документ как .docx и импортируйте его.</translation>
    </message>
    <message>
        <source>The file is named {name} but is not a {format} file.</source>
        <translation>Файл называется {name}, но это не файл {format}.</translation>
    </message>
    <message>
        <source>The PDF has no text layer (it may be a scan): import a PDF with text, or the text itself.</source>
        <translation>В PDF нет текстового слоя (возможно, это скан): импортируйте PDF с текстом или сам текст.</translation>
    </message>
    <message>
        <source>Reading a PDF needs poppler's pdftotext: install the poppler-utils package.</source>
        <translation>Для чтения PDF нужна программа pdftotext из poppler: установите пакет poppler-utils.</translation>
    </message>
    <message>
        <source>The PDF is protected against copying its text: it cannot be read.</source>
        <translation>PDF защищён от копирования текста: его нельзя прочитать.</translation>
    </message>
    <message>
        <source>Reading the PDF took more than {seconds} seconds.</source>
        <translation>Чтение PDF заняло больше {seconds} с.</translation>
    </message>
    <message>
        <source>The PDF holds too much text to import.</source>
        <translation>В PDF слишком много текста для импорта.</translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be read.</source>
        <translation>PDF повреждён и не может быть прочитан.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>The file holds no text to import.</source>
        <translation>В файле нет текста для импорта.</translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation>Это не файл.</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}</source>
        <translation>Файл не удаётся прочитать: {error}</translation>
    </message>
    <message>
        <source>The file is larger than {size} MB: it is not imported.</source>
        <translation>Файл больше {size} МБ: он не импортирован.</translation>
    </message>
    <message>
        <source>The file holds no Russian or English text: it is not imported.</source>
        <translation>В файле нет текста ни на русском, ни на английском языке: он не импортирован.</translation>
    </message>
    <message>
        <source>The file has no {language} text. Give one file holding both languages, or two files, one per language.</source>
        <translation>В файле нет текста на языке: {language}. Укажите один файл с обоими языками или два файла, по одному на язык.</translation>
    </message>
    <message>
        <source>Both files are in {language}: give one Russian and one English file.</source>
        <translation>Оба файла на одном языке ({language}): укажите один русский и один английский файл.</translation>
    </message>
    <message>
        <source>The file given as Russian is in English, and the other in Russian: swap them.</source>
        <translation>Файл, указанный как русский, написан по-английски, а другой — по-русски: поменяйте их местами.</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>This is not a text file: it holds binary data.</source>
        <translation>Это не текстовый файл: в нём двоичные данные.</translation>
    </message>
    <message>
        <source>The text's encoding cannot be recognised: save it as UTF-8 and import it again.</source>
        <translation>Кодировку текста не удаётся распознать: сохраните его в UTF-8 и импортируйте снова.</translation>
    </message>
    <message>
        <source>The document could not be saved: {problem}</source>
        <translation>Не удалось сохранить документ: {problem}</translation>
    </message>
    <message>
        <source>The id {id} may hold only a-z, 0-9 and single hyphens.</source>
        <translation>Идентификатор {id} может содержать только a–z, 0–9 и одиночные дефисы.</translation>
    </message>
    <message>
        <source>The id {id} is already in your library.</source>
        <translation>Идентификатор {id} уже есть в вашей библиотеке.</translation>
    </message>
    <message>
        <source>The document needs a title.</source>
        <translation>Документу нужно название.</translation>
    </message>
    <message>
        <source>Choose the status of each language's text.</source>
        <translation>Выберите статус текста на каждом языке.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, YYYY-MM or YYYY: {date} is not one.</source>
        <translation>Запишите дату как ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ: {date} не подходит.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Document</source>
        <translation>Импорт документа</translation>
    </message>
    <message>
        <source>Proposed pairs</source>
        <translation>Предлагаемые пары</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>&amp;Merge with Next</source>
        <translation>Объ&amp;единить со следующей</translation>
    </message>
    <message>
        <source>S&amp;plit</source>
        <translation>&amp;Разделить</translation>
    </message>
    <message>
        <source>{language}: bring the next pair's first paragraph up here</source>
        <translation>{language}: поднять сюда первый абзац следующей пары</translation>
    </message>
    <message>
        <source>{language}: move this pair's last paragraph down to the next</source>
        <translation>{language}: перенести последний абзац этой пары в следующую</translation>
    </message>
    <message>
        <source>&amp;Leave Out</source>
        <translation>&amp;Пропустить</translation>
    </message>
    <message>
        <source>Leave this pair out of the import (page debris, say)</source>
        <translation>Не включать эту пару в импорт (например, мусор с веб-страницы)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Paragraphs left out, in neither language or out of place: {count}.</source>
        <translation>Пропущено абзацев (ни на одном из языков или не на своем месте): {count}.</translation>
    </message>
    <message>
        <source>Your library already holds this text: «{title}». Saving adds a second copy.</source>
        <translation>Этот текст уже есть в вашей библиотеке: «{title}». При сохранении появится вторая копия.</translation>
    </message>
    <message>
        <source>A weak link: check that these paragraphs translate each other.</source>
        <translation>Слабая связь: проверьте, что эти абзацы — перевод друг друга.</translation>
    </message>
    <message>
        <source>{pairs} pairs; {weak} weak (⚠): check them before saving.</source>
        <translation>Пар: {pairs}; слабых (⚠): {weak} — проверьте их перед сохранением.</translation>
    </message>
    <message>
        <source>{pairs} pairs, none weak.</source>
        <translation>Пар: {pairs}, слабых нет.</translation>
    </message>
    <message>
        <source>Select a pair and merge, split or shift its paragraphs, or leave it out; the ≠ column flags numbers, dates, names and quotations that differ.</source>
        <translation>Выберите пару и объедините, разделите или сдвиньте ее абзацы либо пропустите ее; столбец ≠ отмечает расхождения в числах, датах, названиях и цитатах.</translation>
    </message>
    <message>
        <source>No counterpart in this language</source>
        <translation>На этом языке соответствия нет</translation>
    </message>
    <message>
        <source>The document could not be saved: {error}</source>
        <translation>Не удалось сохранить документ: {error}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>RU</source>
        <translation>РУС</translation>
    </message>
    <message>
        <source>EN</source>
        <translation>АНГЛ</translation>
    </message>
    <message>
        <source>official</source>
        <translation>официальный</translation>
    </message>
    <message>
        <source>original</source>
        <translation>оригинал</translation>
    </message>
    <message>
        <source>unofficial translation</source>
        <translation>неофициальный перевод</translation>
    </message>
    <message>
        <source>edition</source>
        <translation>издание</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
    <message>
        <source>press release</source>
        <translation>пресс-релиз</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>заявление</translation>
    </message>
    <message>
        <source>news item</source>
        <translation>новость</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>веб-страница</translation>
    </message>
    <message>
        <source>declaration</source>
        <translation>декларация</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>выступление</translation>
    </message>
    <message>
        <source>report</source>
        <translation>доклад</translation>
    </message>
    <message>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>{date} (inferred)</source>
        <translation>{date} (установлена по тексту)</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>person</source>
        <translation>лицо</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>state</source>
        <translation>государство</translation>
    </message>
    <message>
        <source>term</source>
        <translation>термин</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Filter documents…</source>
        <translation>Отбор документов…</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Отбор документов</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Add your own documents: drop files here, or press {keys}.</source>
        <translation>Добавьте свои документы: перетащите файлы сюда или нажмите {keys}.</translation>
    </message>
    <message>
        <source>Imported by you</source>
        <translation>Импортированные вами</translation>
    </message>
    <message>
        <source>No document matches «{filter}».</source>
        <translation>Ни один документ не подходит под «{filter}».</translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message>
        <source>Import a Document: One Bilingual File or Two Files</source>
        <translation>Импорт документа: один двуязычный файл или два файла</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.html *.htm *.docx *.pdf);;All files (*)</source>
        <translation>Документы (*.txt *.md *.html *.htm *.docx *.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose one file holding both languages, or two files: one Russian and one English.</source>
        <translation>Выберите один файл с текстом на обоих языках или два файла: русский и английский.</translation>
    </message>
    <message>
        <source>Imported «{title}».</source>
        <translation>Импортирован документ «{title}».</translation>
    </message>
    <message>
        <source>Remove Document</source>
        <translation>Удаление документа</translation>
    </message>
    <message>
        <source>Remove «{title}» from your library? The files you imported it from are not touched.</source>
        <translation>Удалить «{title}» из вашей библиотеки? Файлы, из которых он импортирован, не затрагиваются.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Also delete my annotations of it ({count})</source>
        <translation>Удалить и мои пометки к нему ({count})</translation>
    </message>
    <message>
        <source>Unless you delete them, your annotations of it are kept, marked detached.</source>
        <translation>Если их не удалить, ваши пометки к нему сохранятся без привязки.</translation>
    </message>
    <message>
        <source>The document could not be removed: {error}</source>
        <translation>Не удалось удалить документ: {error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Document Information</source>
        <translation>Сведения о документе</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Пометки</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Оглавление</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Различия</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>пометки</translation>
    </message>
    <message>
        <source>Briefing: {shown}, {hidden} ({keys} shows them all).</source>
        <translation>Брифинг: {shown}, {hidden} ({keys} — показать все).</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) with key passages shown</source>
        <translation>
            <numerusform>показан %n абзац с ключевыми фрагментами</numerusform>
            <numerusform>показаны %n абзаца с ключевыми фрагментами</numerusform>
            <numerusform>показаны %n абзацев с ключевыми фрагментами</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other paragraph(s) hidden</source>
        <translation>
            <numerusform>скрыт %n другой абзац</numerusform>
            <numerusform>скрыты %n других абзаца</numerusform>
            <numerusform>скрыты %n других абзацев</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: {change} ({keys} undoes it).</source>
        <translation>Сделано: {change} ({keys} — отменить).</translation>
    </message>
    <message>
        <source>Its place is not in the library any more.</source>
        <translation>Этого места больше нет в библиотеке.</translation>
    </message>
    <message>
        <source>Copied paragraph {n} in both languages.</source>
        <translation>Абзац {n} скопирован на обоих языках.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Find in Document</source>
        <translation>&amp;Найти в документе</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Колонки</translation>
    </message>
    <message>
        <source>&amp;Highlight Key Passages</source>
        <translation>&amp;Выделять ключевые фрагменты</translation>
    </message>
    <message>
        <source>Key Passages &amp;Only (Briefing)</source>
        <translation>Только ключевые &amp;фрагменты (для брифинга)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Обычный &amp;размер</translation>
    </message>
    <message>
        <source>&amp;Serif Text</source>
        <translation>&amp;Шрифт с засечками</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Оформление</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Как в систе&amp;ме</translation>
    </message>
    <message>
        <source>Import &amp;Document…</source>
        <translation>Импорт до&amp;кумента…</translation>
    </message>
    <message>
        <source>Document Det&amp;ails…</source>
        <translation>&amp;Сведения о документе…</translation>
    </message>
    <message>
        <source>Re&amp;move Document…</source>
        <translation>&amp;Удалить документ…</translation>
    </message>
    <message>
        <source>&amp;Export All Annotations…</source>
        <translation>&amp;Экспорт всех пометок…</translation>
    </message>
    <message>
        <source>Export &amp;This Document's Annotations…</source>
        <translation>Экспорт пометок &amp;документа…</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>&amp;Импорт пометок…</translation>
    </message>
    <message>
        <source>Export Excerpts to &amp;PDF…</source>
        <translation>Отрывки в &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <source>Copy with C&amp;itation</source>
        <translation>Копировать со &amp;ссылкой на источник</translation>
    </message>
    <message>
        <source>Copy the &amp;Pair</source>
        <translation>Копировать &amp;пару</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Пов&amp;торить</translation>
    </message>
    <message>
        <source>Remove &amp;Highlight</source>
        <translation>&amp;Убрать цвет</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Добавить за&amp;метку…</translation>
    </message>
    <message>
        <source>Toggle &amp;Bookmark</source>
        <translation>&amp;Закладка на абзаце</translation>
    </message>
    <message>
        <source>Name the &amp;Colours…</source>
        <translation>&amp;Назвать цвета…</translation>
    </message>
    <message>
        <source>&amp;Russian | English</source>
        <translation>&amp;Русский | английский</translation>
    </message>
    <message>
        <source>&amp;English | Russian</source>
        <translation>&amp;Английский | русский</translation>
    </message>
    <message>
        <source>Russian &amp;Only</source>
        <translation>Только р&amp;усский</translation>
    </message>
    <message>
        <source>English O&amp;nly</source>
        <translation>Только а&amp;нглийский</translation>
    </message>
    <message>
        <source>Zoom O&amp;ut</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Mark Diff&amp;erences Between the Versions</source>
        <translation>Отмечать раз&amp;личия между версиями</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлое</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмное</translation>
    </message>
    <message>
        <source>&amp;Reading Guide</source>
        <translation>&amp;Руководство читателя</translation>
    </message>
    <message>
        <source>&amp;{number} Highlight: {meaning}</source>
        <translation>&amp;{number} Выделить: {meaning}</translation>
    </message>
    <message>
        <source>Highlight: {meaning} ({keys})</source>
        <translation>Выделить: {meaning} ({keys})</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>По&amp;метки</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <source>&amp;Full Screen Reading</source>
        <translation>&amp;Чтение во весь экран</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>Go to &amp;Paragraph…</source>
        <translation>Перейти к &amp;абзацу…</translation>
    </message>
    <message>
        <source>Search &amp;Panel</source>
        <translation>Панель &amp;поиска</translation>
    </message>
    <message>
        <source>&amp;Document Information</source>
        <translation>Сведения о &amp;документе</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Глоссарий</translation>
    </message>
    <message>
        <source>Diffe&amp;rences Panel</source>
        <translation>Панель ра&amp;зличий</translation>
    </message>
    <message>
        <source>Docu&amp;ment Outline</source>
        <translation>Оглавл&amp;ение документа</translation>
    </message>
    <message>
        <source>Boo&amp;kmarks</source>
        <translation>&amp;Закладки</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>По&amp;иск</translation>
    </message>
    <message>
        <source>Search &amp;All Documents</source>
        <translation>Искать во &amp;всех документах</translation>
    </message>
    <message>
        <source>&amp;Next Hit</source>
        <translation>&amp;Следующее совпадение</translation>
    </message>
    <message>
        <source>&amp;Previous Hit</source>
        <translation>П&amp;редыдущее совпадение</translation>
    </message>
    <message>
        <source>A&amp;nnotations Panel</source>
        <translation>Панель поме&amp;ток</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Diptych</source>
        <translation>&amp;О программе Diptych</translation>
    </message>
    <message>
        <source>Go to Paragraph</source>
        <translation>Переход к абзацу</translation>
    </message>
    <message>
        <source>Paragraph (1–{last}):</source>
        <translation>Абзац (1–{last}):</translation>
    </message>
    <message>
        <source>Select some text first: it is copied with its source.</source>
        <translation>Сначала выделите текст: он будет скопирован вместе со ссылкой на источник.</translation>
    </message>
    <message>
        <source>Copied with its source.</source>
        <translation>Скопировано со ссылкой на источник.</translation>
    </message>
    <message>
        <source>Your settings could not be saved: {error}</source>
        <translation>Не удалось сохранить настройки: {error}</translation>
    </message>
    <message>
        <source>About Diptych</source>
        <translation>О программе Diptych</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Diptych {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Official texts on counter-terrorism cooperation in Central Asia, Russian and English side by side.&lt;/p&gt;&lt;p&gt;Works offline; makes no network connection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Diptych {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Официальные тексты о сотрудничестве в области противодействия терроризму в Центральной Азии на русском и английском языках в параллельном просмотре.&lt;/p&gt;&lt;p&gt;Работает автономно и не устанавливает сетевых соединений.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>separated by commas</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Теги:</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>Отбросить введённый текст?</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Bookmark name</source>
        <translation>Название закладки</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Your note…</source>
        <translation>Ваша заметка…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Теги через запятую</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save ({keys})</source>
        <translation>Сохранить ({keys})</translation>
    </message>
    <message>
        <source>{keys} saves</source>
        <translation>{keys} — сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Leave it as it was (Esc)</source>
        <translation>Оставить как было (Esc)</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>{text}, level {level}, paragraph {paragraph}</source>
        <translation>{text}, уровень {level}, абзац {paragraph}</translation>
    </message>
    <message>
        <source>Headings of the document</source>
        <translation>Заголовки документа</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>Нет открытого документа.</translation>
    </message>
    <message>
        <source>This document has no headings.</source>
        <translation>В этом документе нет заголовков.</translation>
    </message>
    <message>
        <source>The document has no other headings.</source>
        <translation>Других заголовков в документе нет.</translation>
    </message>
</context>
<context>
    <name>ParallelView</name>
    <message>
        <source>Parallel text</source>
        <translation>Параллельный текст</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>Нет открытого документа.</translation>
    </message>
    <message>
        <source>This document has no key passages.</source>
        <translation>В этом документе нет ключевых фрагментов.</translation>
    </message>
    <message>
        <source>Bookmark: {label}</source>
        <translation>Закладка: {label}</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Закладка</translation>
    </message>
    <message>
        <source>Counterpart of «{words}» (glossary)</source>
        <translation>Соответствие «{words}» (из глоссария)</translation>
    </message>
    <message>
        <source>Counterpart of «{words}» (learned from the edition)</source>
        <translation>Соответствие «{words}» (выведено из текстов издания)</translation>
    </message>
    <message>
        <source>Glossary: {counterpart} — {kind}</source>
        <translation>Глоссарий: {counterpart} — {kind}</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Annotated excerpts</source>
        <translation>Отрывки с пометками</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>Exported on {date}</source>
        <translation>Дата экспорта: {date}</translation>
    </message>
    <message>
        <source>Excerpts: {count}</source>
        <translation>Отрывков: {count}</translation>
    </message>
    <message>
        <source>Documents: {count}</source>
        <translation>Документов: {count}</translation>
    </message>
    <message>
        <source>{language}: {status}</source>
        <translation>{language}: {status}</translation>
    </message>
    <message>
        <source>Paragraph {n}</source>
        <translation>Абзац {n}</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Закладка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Note on a highlight</source>
        <translation>Заметка к выделению</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>Nothing to print: the choice last made in File › Export Excerpts to PDF yields no excerpt here. Choose there what to include.</source>
        <translation>Нечего печатать: по выбору, сделанному в последний раз в меню Файл › Отрывки в PDF, здесь не получается ни одного отрывка. Выберите там, что включить.</translation>
    </message>
    <message numerus="yes">
        <source>%n excerpt(s) written to {file}.</source>
        <translation>
            <numerusform>%n отрывок записан в {file}.</numerusform>
            <numerusform>%n отрывка записаны в {file}.</numerusform>
            <numerusform>%n отрывков записано в {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}: {reason}. No file was left.</source>
        <translation>Не удалось записать PDF в {path}: {reason}. Файл не оставлен.</translation>
    </message>
</context>
<context>
    <name>PdfJob</name>
    <message>
        <source>Writing {file}…</source>
        <translation>Запись {file}…</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
</context>
<context>
    <name>ReaderAccess</name>
    <message>
        <source>{language}, {status}</source>
        <translation>{language}, {status}</translation>
    </message>
    <message>
        <source>Paragraph {n}</source>
        <translation>Абзац {n}</translation>
    </message>
    <message>
        <source>Parallel text by paragraph</source>
        <translation>Параллельный текст по абзацам</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Nothing found for «{typed}»; showing results for «{switched}».</source>
        <translation>По запросу «{typed}» ничего не найдено; показаны результаты для «{switched}».</translation>
    </message>
    <message>
        <source>Did you mean «{query}»?</source>
        <translation>Возможно, вы имели в виду «{query}»?</translation>
    </message>
    <message>
        <source>Type a word to search.</source>
        <translation>Введите слово для поиска.</translation>
    </message>
    <message>
        <source>«{query}» also searched as: {forms}.</source>
        <translation>«{query}» также искали как: {forms}.</translation>
    </message>
    <message>
        <source>No paragraph has all the words; showing those that have the most of them.</source>
        <translation>Ни в одном абзаце нет всех слов; показаны абзацы, где их больше всего.</translation>
    </message>
    <message>
        <source>The search index is damaged and could not be rebuilt ({reason}).</source>
        <translation>Поисковый индекс повреждён, и построить его заново не удалось ({reason}).</translation>
    </message>
    <message>
        <source>Search for «{typed}» as typed</source>
        <translation>Искать «{typed}» как набрано</translation>
    </message>
    <message>
        <source>The search index could not be saved ({reason}); it is kept in memory for this session.</source>
        <translation>Не удалось сохранить поисковый индекс ({reason}); он хранится в памяти до конца сеанса.</translation>
    </message>
    <message>
        <source>The search index was damaged; it has been rebuilt.</source>
        <translation>Поисковый индекс был повреждён; он построен заново.</translation>
    </message>
    <message>
        <source>The query is long: only its first {n} terms were used.</source>
        <translation>Запрос слишком длинный: использованы только первые {n} слов.</translation>
    </message>
    <message>
        <source>Add a word to look for: a minus sign only excludes.</source>
        <translation>Добавьте слово для поиска: знак минус только исключает.</translation>
    </message>
    <message>
        <source>Spelling may differ (~) in at most {n} words of up to {letters} letters; the others are searched as typed.</source>
        <translation>Написание может отличаться (~) не более чем в {n} словах длиной до {letters} букв; остальные ищутся так, как набраны.</translation>
    </message>
    <message>
        <source>A prefix needs at least {n} letters before the *.</source>
        <translation>Перед * нужно не меньше {n} букв.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search both languages…</source>
        <translation>Поиск на обоих языках…</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>Поисковый запрос</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>Оба языка</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <source>Key passages only</source>
        <translation>Только ключевые фрагменты</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>По дату</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>«{text}» is not a date (YYYY, YYYY-MM or YYYY-MM-DD); it is not applied.</source>
        <translation>«{text}» — не дата (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД); этот фильтр не применяется.</translation>
    </message>
    <message>
        <source>The dates are the wrong way round: nothing is dated from {start} to {end}.</source>
        <translation>Даты перепутаны местами: с {start} по {end} не может быть ни одного документа.</translation>
    </message>
    <message>
        <source>The filters beside the query narrow the search: set them back to search everything.</source>
        <translation>Фильтры рядом с запросом сужают поиск: сбросьте их, чтобы искать везде.</translation>
    </message>
    <message>
        <source>Indexing: %p%</source>
        <translation>Индексирование: %p%</translation>
    </message>
    <message>
        <source>Search is unavailable: {error}. Everything else works as usual.</source>
        <translation>Поиск недоступен: {error}. Всё остальное работает как обычно.</translation>
    </message>
    <message>
        <source>{total} paragraphs; the best {shown} in {docs} documents</source>
        <translation>Абзацев: {total}; лучшие {shown} — в документах: {docs}</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n абзац</numerusform>
            <numerusform>%n абзаца</numerusform>
            <numerusform>%n абзацев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for «{query}».</source>
        <translation>По запросу «{query}» ничего не найдено.</translation>
    </message>
    <message>
        <source>Type words to find the paragraphs that have them all, in Russian and English at once, in any form. Also: "a phrase", prefix*, word~ (spelling may differ), -excluded, OR between alternatives. Enter opens the first result, ↑ and ↓ choose another, F3 goes to the next.</source>
        <translation>Введите слова, чтобы найти абзацы, где есть они все, сразу на русском и английском, в любой форме. А также: "фраза", префикс*, слово~ (написание может отличаться), -исключение, OR между вариантами. Enter открывает первый результат, ↑ и ↓ выбирают другой, F3 переходит к следующему.</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>{title}, paragraph {paragraph}.</source>
        <translation>{title}, абзац {paragraph}.</translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <source>Annotate the selection</source>
        <translation>Пометить выделенное</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>Self-test failed: {what}</source>
        <translation>Самопроверка не пройдена: {what}</translation>
    </message>
    <message>
        <source>the application icon does not load</source>
        <translation>значок приложения не загружается</translation>
    </message>
    <message>
        <source>the document {doc} does not open</source>
        <translation>документ {doc} не открывается</translation>
    </message>
    <message>
        <source>Self-test passed: {docs} documents opened, {searches} searches, a document imported, a bookmark made and a PDF of {pages} pages exported.</source>
        <translation>Самопроверка пройдена: открыто документов: {docs}, поисков: {searches}, документ импортирован, закладка поставлена, PDF экспортирован (страниц: {pages}).</translation>
    </message>
    <message>
        <source>a search for «{word}» ({lang}) found nothing</source>
        <translation>поиск «{word}» ({lang}) ничего не нашёл</translation>
    </message>
    <message>
        <source>the corpus has no text in {lang}</source>
        <translation>в корпусе нет текста на языке {lang}</translation>
    </message>
    <message>
        <source>the sample document is read wrongly</source>
        <translation>пробный документ прочитан неверно</translation>
    </message>
    <message>
        <source>the sample document is not imported: {reason}</source>
        <translation>пробный документ не импортирован: {reason}</translation>
    </message>
    <message>
        <source>the bookmark was not saved</source>
        <translation>закладка не сохранилась</translation>
    </message>
    <message>
        <source>the exported PDF {path} is not valid</source>
        <translation>экспортированный PDF {path} повреждён</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Cannot read the settings: {error}</source>
        <translation>Не удалось прочитать настройки: {error}</translation>
    </message>
    <message>
        <source>The settings file is damaged and cannot be set aside ({error}); default settings are in use and will not be saved.</source>
        <translation>Файл настроек повреждён, и отложить его в сторону не удалось ({error}); используются настройки по умолчанию, и они не будут сохранены.</translation>
    </message>
    <message>
        <source>The settings file was damaged and has been set aside as {name}. Default settings are in use.</source>
        <translation>Файл настроек был повреждён и сохранён под именем {name}. Используются настройки по умолчанию.</translation>
    </message>
    <message>
        <source>The settings were written by a newer Diptych; they are used read-only so that nothing is lost.</source>
        <translation>Настройки записаны более новой версией Diptych; они используются только для чтения, чтобы ничего не потерять.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>TermsModel</name>
    <message numerus="yes">
        <source>in %n paragraph(s)</source>
        <translation>
            <numerusform>в %n абзаце</numerusform>
            <numerusform>в %n абзацах</numerusform>
            <numerusform>в %n абзацах</numerusform>
        </translation>
    </message>
</context>
</TS>
