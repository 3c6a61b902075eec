<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdminPinStore</name>
    <message>
        <location filename="../../ui/settings/AdminPinStore.cpp" line="145"/>
        <source>The admin PIN must have %1 to %2 digits.</source>
        <translation>The admin PIN must have %1 to %2 digits.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/AdminPinStore.cpp" line="148"/>
        <source>The admin PIN may only have the digits 0 to 9: the kiosk&apos;s PIN pad has nothing else.</source>
        <translation>The admin PIN may only have the digits 0 to 9: the kiosk&apos;s PIN pad has nothing else.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/AdminPinStore.cpp" line="129"/>
        <source>The admin PIN file %1 can be read or changed by others, so it is not used. Set a new PIN with: huanjiao --set-admin-pin</source>
        <translation>The admin PIN file %1 can be read or changed by others, so it is not used. Set a new PIN with: huanjiao --set-admin-pin</translation>
    </message>
    <message>
        <location filename="../../ui/settings/AdminPinStore.cpp" line="133"/>
        <source>The admin PIN was kept where every user of this computer could read it and no longer works. Set a new PIN of at least %1 digits with: huanjiao --set-admin-pin</source>
        <translation>The admin PIN was kept where every user of this computer could read it and no longer works. Set a new PIN of at least %1 digits with: huanjiao --set-admin-pin</translation>
    </message>
    <message>
        <location filename="../../ui/settings/AdminPinStore.cpp" line="139"/>
        <source>No admin PIN is set. Set one with: huanjiao --set-admin-pin</source>
        <translation>No admin PIN is set. Set one with: huanjiao --set-admin-pin</translation>
    </message>
    <message>
        <location filename="../../ui/settings/AdminPinStore.cpp" line="166"/>
        <source>The PIN could not be hashed (not enough memory?).</source>
        <translation>The PIN could not be hashed (not enough memory?).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/AdminPinStore.cpp" line="180"/>
        <source>Cannot write the admin PIN file %1: %2.</source>
        <translation>Cannot write the admin PIN file %1: %2.</translation>
    </message>
</context>
<context>
    <name>AtomicInstall</name>
    <message>
        <location filename="../../database/tools/AtomicInstall.cpp" line="21"/>
        <source>cannot move %1 to %2: %3</source>
        <translation>cannot move %1 to %2: %3</translation>
    </message>
    <message>
        <location filename="../../database/tools/AtomicInstall.cpp" line="36"/>
        <source>cannot keep the previous %1 as %2</source>
        <translation>cannot keep the previous %1 as %2</translation>
    </message>
    <message>
        <location filename="../../database/tools/AtomicInstall.cpp" line="48"/>
        <source>cannot remove the older backup %1</source>
        <translation>cannot remove the older backup %1</translation>
    </message>
</context>
<context>
    <name>ClinicLayer</name>
    <message>
        <location filename="../../database/clinic/ClinicLayer.cpp" line="96"/>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicLayer.cpp" line="106"/>
        <source>the clinic&apos;s @content record belongs in %1</source>
        <translation>the clinic&apos;s @content record belongs in %1</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicLayer.cpp" line="113"/>
        <source>unknown kind &apos;%1&apos;</source>
        <translation>unknown kind &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicLayer.cpp" line="120"/>
        <source>not a folder</source>
        <translation>not a folder</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicLayer.cpp" line="164"/>
        <source>%1 could not be read whole; correct it first, so that nothing in it is lost</source>
        <translation>%1 could not be read whole; correct it first, so that nothing in it is lost</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicLayer.cpp" line="168"/>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicLayer.cpp" line="195"/>
        <location filename="../../database/clinic/ClinicLayer.cpp" line="200"/>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicLayer.cpp" line="222"/>
        <source>change the clinic&apos;s content details</source>
        <translation>change the clinic&apos;s content details</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicLayer.cpp" line="280"/>
        <source>change %1</source>
        <translation>change %1</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicLayer.cpp" line="280"/>
        <source>add %1</source>
        <translation>add %1</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicLayer.cpp" line="310"/>
        <source>remove %1</source>
        <translation>remove %1</translation>
    </message>
</context>
<context>
    <name>ClinicPublisher</name>
    <message>
        <location filename="../../database/clinic/ClinicPublisher.cpp" line="38"/>
        <source>%1 is no longer in the bundled content; nothing to remove</source>
        <translation>%1 is no longer in the bundled content; nothing to remove</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicPublisher.cpp" line="66"/>
        <source>%1 already has clinic content built into it; publish over the bundled content as installed (/usr/share/huanjiao/huanjiao.sqlite)</source>
        <translation>%1 already has clinic content built into it; publish over the bundled content as installed (/usr/share/huanjiao/huanjiao.sqlite)</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicPublisher.cpp" line="72"/>
        <source>the published database cannot be its own base</source>
        <translation>the published database cannot be its own base</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicPublisher.cpp" line="136"/>
        <source>published, but cannot write %1: %2</source>
        <translation>published, but cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>ClinicSheet</name>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="131"/>
        <source>&apos;%1&apos; is the name of %2 records (%3); write the id of the one you mean</source>
        <translation>&apos;%1&apos; is the name of %2 records (%3); write the id of the one you mean</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="174"/>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="175"/>
        <source>row %1, column %2 (%3): %4</source>
        <translation>row %1, column %2 (%3): %4</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="284"/>
        <source>unknown column; the columns are %1</source>
        <translation>unknown column; the columns are %1</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="285"/>
        <source>unknown column; did you mean &apos;%1&apos;?</source>
        <translation>unknown column; did you mean &apos;%1&apos;?</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="289"/>
        <source>the same column as %1</source>
        <translation>the same column as %1</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="297"/>
        <source>the sheet has no column %1, which every record needs</source>
        <translation>the sheet has no column %1, which every record needs</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="315"/>
        <source>a value in a column without a header</source>
        <translation>a value in a column without a header</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="373"/>
        <source>&apos;%1&apos; is not an id: lowercase letters, digits and single hyphens (zhao-lei); or leave it empty</source>
        <translation>&apos;%1&apos; is not an id: lowercase letters, digits and single hyphens (zhao-lei); or leave it empty</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="380"/>
        <source>the same record as row %1 (id %2)</source>
        <translation>the same record as row %1 (id %2)</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="396"/>
        <source>bundled content</source>
        <translation>bundled content</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="396"/>
        <source>the clinic&apos;s content</source>
        <translation>the clinic&apos;s content</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="397"/>
        <source>%1 %2/%3: %4</source>
        <translation>%1 %2/%3: %4</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="413"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="425"/>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="441"/>
        <source>import %1</source>
        <translation>import %1</translation>
    </message>
</context>
<context>
    <name>ClinicValidation</name>
    <message>
        <location filename="../../database/clinic/ClinicValidation.cpp" line="84"/>
        <source>cannot read the bundled content %1</source>
        <translation>cannot read the bundled content %1</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicValidation.cpp" line="92"/>
        <source>%1 already has clinic content built into it; the clinic&apos;s layer is checked and published over the bundled content as installed, which stays untouched</source>
        <translation>%1 already has clinic content built into it; the clinic&apos;s layer is checked and published over the bundled content as installed, which stays untouched</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/CommandLine.cpp" line="12"/>
        <source>Huanjiao, an offline patient-education browser.</source>
        <translation>Huanjiao, an offline patient-education browser.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="15"/>
        <source>Print the program, schema and content versions.</source>
        <translation>Print the program, schema and content versions.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="16"/>
        <source>Use this content database.</source>
        <translation>Use this content database.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="17"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="18"/>
        <source>Run as a locked-down kiosk.</source>
        <translation>Run as a locked-down kiosk.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="21"/>
        <source>Set the PIN that leaves kiosk mode: read from standard input, or asked for on the terminal.</source>
        <translation>Set the PIN that leaves kiosk mode: read from standard input, or asked for on the terminal.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="22"/>
        <source>Open this page at start.</source>
        <translation>Open this page at start.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="24"/>
        <source>Print a page and exit.</source>
        <translation>Print a page and exit.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="26"/>
        <source>Search, print the results and exit.</source>
        <translation>Search, print the results and exit.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="27"/>
        <source>QUERY</source>
        <translation>QUERY</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="29"/>
        <source>Only results of this kind (condition, doctor, drug, test, article, qa, department, hospital).</source>
        <translation>Only results of this kind (condition, doctor, drug, test, article, qa, department, hospital).</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="31"/>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="32"/>
        <source>At most N results (default 20).</source>
        <translation>At most N results (default 20).</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="34"/>
        <source>Print JSON, one object per line.</source>
        <translation>Print JSON, one object per line.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="36"/>
        <source>Write a handout of these pages (more may follow) as a PDF and exit.</source>
        <translation>Write a handout of these pages (more may follow) as a PDF and exit.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="38"/>
        <source>The PDF file --handout writes.</source>
        <translation>The PDF file --handout writes.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="39"/>
        <source>FILE.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="40"/>
        <source>Paper size of the handout: a4 or letter.</source>
        <translation>Paper size of the handout: a4 or letter.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="63"/>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="68"/>
        <source>--handout needs --output FILE.pdf: the file to write.</source>
        <translation>--handout needs --output FILE.pdf: the file to write.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="70"/>
        <source>--output and --paper go with --handout.</source>
        <translation>--output and --paper go with --handout.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="74"/>
        <source>Unknown paper size &apos;%1&apos;: use a4 or letter.</source>
        <translation>Unknown paper size &apos;%1&apos;: use a4 or letter.</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="84"/>
        <source>--limit takes a number from 1 to 10000</source>
        <translation>--limit takes a number from 1 to 10000</translation>
    </message>
</context>
<context>
    <name>ContentBuild</name>
    <message>
        <location filename="../../database/tools/ContentBuild.cpp" line="69"/>
        <source>%1 is a folder; give the database file to write</source>
        <translation>%1 is a folder; give the database file to write</translation>
    </message>
    <message>
        <location filename="../../database/tools/ContentBuild.cpp" line="77"/>
        <source>%1 exists and is not a Huanjiao content database; it is left alone. Choose another file name.</source>
        <translation>%1 exists and is not a Huanjiao content database; it is left alone. Choose another file name.</translation>
    </message>
    <message>
        <location filename="../../database/tools/ContentBuild.cpp" line="126"/>
        <source>cannot create a file beside %1: %2</source>
        <translation>cannot create a file beside %1: %2</translation>
    </message>
    <message>
        <location filename="../../database/tools/ContentBuild.cpp" line="137"/>
        <source>cannot write the database: the disk is full or refuses the writes (%1). Free some space, or write the database to another disk, and build again.</source>
        <translation>cannot write the database: the disk is full or refuses the writes (%1). Free some space, or write the database to another disk, and build again.</translation>
    </message>
    <message>
        <location filename="../../database/tools/ContentBuild.cpp" line="140"/>
        <source>cannot write the database: %1</source>
        <translation>cannot write the database: %1</translation>
    </message>
    <message>
        <location filename="../../database/tools/ContentBuild.cpp" line="143"/>
        <location filename="../../database/tools/ContentBuild.cpp" line="148"/>
        <source>Checking the new database</source>
        <translation>Checking the new database</translation>
    </message>
</context>
<context>
    <name>ContentDatabase</name>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="78"/>
        <source>The content database %1 was not found. Reinstall Huanjiao or choose another database with --database.</source>
        <translation>The content database %1 was not found. Reinstall Huanjiao or choose another database with --database.</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="82"/>
        <source>The content database %1 cannot be read (%2). Check its permissions.</source>
        <translation>The content database %1 cannot be read (%2). Check its permissions.</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="85"/>
        <source>The content database %1 is empty. Rebuild it or reinstall the content package.</source>
        <translation>The content database %1 is empty. Rebuild it or reinstall the content package.</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="89"/>
        <source>%1 is not a content database (it is not an SQLite file). Choose the huanjiao.sqlite file that came with the program.</source>
        <translation>%1 is not a content database (it is not an SQLite file). Choose the huanjiao.sqlite file that came with the program.</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="93"/>
        <source>The content database %1 is incomplete; it may have been cut short while copying. Copy or rebuild it again.</source>
        <translation>The content database %1 is incomplete; it may have been cut short while copying. Copy or rebuild it again.</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="101"/>
        <source>The content database %1 is damaged and cannot be read. Rebuild it or reinstall the content package.</source>
        <translation>The content database %1 is damaged and cannot be read. Rebuild it or reinstall the content package.</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="105"/>
        <source>%1 is an SQLite database of another program, not Huanjiao content. Choose the huanjiao.sqlite file that came with the program.</source>
        <translation>%1 is an SQLite database of another program, not Huanjiao content. Choose the huanjiao.sqlite file that came with the program.</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="109"/>
        <source>The content database %1 was made for an older version of Huanjiao (schema %2). Rebuild it with this version&apos;s huanjiao-content.</source>
        <translation>The content database %1 was made for an older version of Huanjiao (schema %2). Rebuild it with this version&apos;s huanjiao-content.</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="113"/>
        <source>The content database %1 is locked by another program that is changing it. Wait until that program has finished (or close it) and start Huanjiao again.</source>
        <translation>The content database %1 is locked by another program that is changing it. Wait until that program has finished (or close it) and start Huanjiao again.</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="129"/>
        <source>The content database %1 needs a newer version of Huanjiao (schema %2). Update the program.</source>
        <translation>The content database %1 needs a newer version of Huanjiao (schema %2). Update the program.</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="98"/>
        <source>The content database %1 is damaged and cannot be used: %2. Rebuild it or reinstall the content package.</source>
        <translation>The content database %1 is damaged and cannot be used: %2. Rebuild it or reinstall the content package.</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="117"/>
        <source>The content database %1 has an unfinished change: the journal %1-journal was left by a program stopped while it wrote to the database, which cannot be read safely until that change is undone. Open it once with write access (for example with sqlite3), or rebuild it.</source>
        <translation>The content database %1 has an unfinished change: the journal %1-journal was left by a program stopped while it wrote to the database, which cannot be read safely until that change is undone. Open it once with write access (for example with sqlite3), or rebuild it.</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="123"/>
        <source>The content database %1 is in WAL mode and has changes in %1-wal that are not yet in the file, in a folder that cannot be written, so they cannot be read. Copy the database, its -wal file and its -shm file to a folder that can be written, or rebuild it.</source>
        <translation>The content database %1 is in WAL mode and has changes in %1-wal that are not yet in the file, in a folder that cannot be written, so they cannot be read. Copy the database, its -wal file and its -shm file to a folder that can be written, or rebuild it.</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="240"/>
        <source>it has no content version</source>
        <translation>it has no content version</translation>
    </message>
</context>
<context>
    <name>ContentExport</name>
    <message>
        <location filename="../../database/tools/ContentExport.cpp" line="22"/>
        <source>Exported from %1 (built %2).</source>
        <translation>Exported from %1 (built %2).</translation>
    </message>
    <message>
        <location filename="../../database/tools/ContentExport.cpp" line="24"/>
        <source>That database was built from these layers, merged here into one:</source>
        <translation>That database was built from these layers, merged here into one:</translation>
    </message>
</context>
<context>
    <name>ContentImport</name>
    <message>
        <location filename="../../database/tools/ContentImport.cpp" line="17"/>
        <source>%1 is not an interchange file; give a .jsonl file</source>
        <translation>%1 is not an interchange file; give a .jsonl file</translation>
    </message>
    <message>
        <location filename="../../database/tools/ContentImport.cpp" line="40"/>
        <source>this file is an overlay (it replaces or removes records); give the content it overlays with --base</source>
        <translation>this file is an overlay (it replaces or removes records); give the content it overlays with --base</translation>
    </message>
    <message>
        <location filename="../../database/tools/ContentImport.cpp" line="66"/>
        <source>nothing was imported: %1</source>
        <translation>nothing was imported: %1</translation>
    </message>
</context>
<context>
    <name>ContentInput</name>
    <message>
        <location filename="../../database/core/ContentInput.cpp" line="34"/>
        <source>not found; give a content folder, an interchange file (.jsonl) or a content database</source>
        <translation>not found; give a content folder, an interchange file (.jsonl) or a content database</translation>
    </message>
    <message numerus="yes">
        <location filename="../../database/core/ContentInput.cpp" line="92"/>
        <source>%n link(s) name records that are not here. If this is a clinic&apos;s overlay, give the content it goes over first: huanjiao-content validate /usr/share/huanjiao/huanjiao.sqlite --overlay %1</source>
        <translation>
            <numerusform>%n link names records that are not here. If this is a clinic&apos;s overlay, give the content it goes over first: huanjiao-content validate /usr/share/huanjiao/huanjiao.sqlite --overlay %1</numerusform>
            <numerusform>%n links name records that are not here. If this is a clinic&apos;s overlay, give the content it goes over first: huanjiao-content validate /usr/share/huanjiao/huanjiao.sqlite --overlay %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentLayers</name>
    <message>
        <location filename="../../database/core/ContentLayers.cpp" line="123"/>
        <source>a second @content record; the first is at %1:%2</source>
        <translation>a second @content record; the first is at %1:%2</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentLayers.cpp" line="130"/>
        <source>an overlay needs its own @content record (id, name, version) so the database can say which version of it is inside</source>
        <translation>an overlay needs its own @content record (id, name, version) so the database can say which version of it is inside</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentLayers.cpp" line="165"/>
        <source>&apos;removes&apos; lists %1, which no earlier layer has</source>
        <translation>&apos;removes&apos; lists %1, which no earlier layer has</translation>
    </message>
    <message numerus="yes">
        <location filename="../../database/core/ContentLayers.cpp" line="224"/>
        <source>%n link(s) to dropped records were dropped with them</source>
        <translation>
            <numerusform>%n link to dropped records was dropped with them</numerusform>
            <numerusform>%n links to dropped records were dropped with them</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../database/core/ContentLayers.cpp" line="235"/>
        <source>&apos;%1&apos; is for overlays; the base content has nothing earlier to drop</source>
        <translation>&apos;%1&apos; is for overlays; the base content has nothing earlier to drop</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentLayers.cpp" line="246"/>
        <source>overlay %1 (version %2): %3 added, %4 replaced, %5 dropped</source>
        <translation>overlay %1 (version %2): %3 added, %4 replaced, %5 dropped</translation>
    </message>
</context>
<context>
    <name>ContentLint</name>
    <message>
        <location filename="../../database/core/ContentLint.cpp" line="144"/>
        <source>&apos;%1&apos; reads as a dose; patient text gives no amounts or frequencies of a medicine (write 用药请遵医嘱)</source>
        <translation>&apos;%1&apos; reads as a dose; patient text gives no amounts or frequencies of a medicine (write 用药请遵医嘱)</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentLint.cpp" line="150"/>
        <source>&apos;%1&apos; is an authoring note, not patient text; resolve it and remove it</source>
        <translation>&apos;%1&apos; is an authoring note, not patient text; resolve it and remove it</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentLint.cpp" line="154"/>
        <source>&apos;%1&apos; is a brand name; use the generic name (通用名)</source>
        <translation>&apos;%1&apos; is a brand name; use the generic name (通用名)</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentLint.cpp" line="171"/>
        <source>a sentence of %1 characters (&quot;%2…&quot;); the limit is %3: split it</source>
        <translation>a sentence of %1 characters (&quot;%2…&quot;); the limit is %3: split it</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentLint.cpp" line="195"/>
        <source>&apos;seek-care&apos; has no &apos;### [emergency]&apos; part: name the signs that need 120 or the emergency department now</source>
        <translation>&apos;seek-care&apos; has no &apos;### [emergency]&apos; part: name the signs that need 120 or the emergency department now</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentLint.cpp" line="200"/>
        <source>a condition needs a &apos;## questions&apos; section with %1 to %2 questions to ask the doctor</source>
        <translation>a condition needs a &apos;## questions&apos; section with %1 to %2 questions to ask the doctor</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentLint.cpp" line="212"/>
        <source>&apos;questions&apos; has %1 questions; write %2 to %3, each as a &apos;- &apos; line</source>
        <translation>&apos;questions&apos; has %1 questions; write %2 to %3, each as a &apos;- &apos; line</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentLint.cpp" line="97"/>
        <source>a second %1 page named &apos;%2&apos; (the first is %3:%4); make them one page</source>
        <translation>a second %1 page named &apos;%2&apos; (the first is %3:%4); make them one page</translation>
    </message>
</context>
<context>
    <name>ContentSources</name>
    <message>
        <location filename="../../database/core/ContentSources.cpp" line="47"/>
        <source>content folder not found</source>
        <translation>content folder not found</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentSources.cpp" line="52"/>
        <source>Reading %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentSources.cpp" line="61"/>
        <source>file is %1 MiB, more than the %2 MiB a source file may have; split it into several files</source>
        <translation>file is %1 MiB, more than the %2 MiB a source file may have; split it into several files</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentSources.cpp" line="68"/>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
</context>
<context>
    <name>ContentTool</name>
    <message>
        <location filename="../../database/builder/main.cpp" line="103"/>
        <source>%1 records (%2): no problems</source>
        <translation>%1 records (%2): no problems</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="119"/>
        <location filename="../../database/builder/main.cpp" line="209"/>
        <source>(%1 is unchanged)</source>
        <translation>(%1 is unchanged)</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="121"/>
        <source>%1: %2 records (%3) in %4 s</source>
        <translation>%1: %2 records (%3) in %4 s</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="143"/>
        <location filename="../../database/builder/main.cpp" line="156"/>
        <location filename="../../database/builder/main.cpp" line="287"/>
        <source>%1: %2 records written</source>
        <translation>%1: %2 records written</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="200"/>
        <source>no clinic content at %1; nothing to publish</source>
        <translation>no clinic content at %1; nothing to publish</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="211"/>
        <source>%1: %2 over %3, %4 records</source>
        <translation>%1: %2 over %3, %4 records</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="227"/>
        <source>huanjiao-content: --kind must name a kind (doctor, hospital, department, condition, drug, test, article, qa), not &apos;%1&apos;</source>
        <translation>huanjiao-content: --kind must name a kind (doctor, hospital, department, condition, drug, test, article, qa), not &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../database/builder/main.cpp" line="267"/>
        <source>%n problem(s); nothing was imported</source>
        <translation>
            <numerusform>%n problem; nothing was imported</numerusform>
            <numerusform>%n problems; nothing was imported</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="270"/>
        <source>%1: %2 records, no problems</source>
        <translation>%1: %2 records, no problems</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="271"/>
        <source>%1: %2 records imported into %3; publish to show them</source>
        <translation>%1: %2 records imported into %3; publish to show them</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="300"/>
        <source>%1: a sheet to fill in, one row per record</source>
        <translation>%1: a sheet to fill in, one row per record</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="311"/>
        <source>%1: package %2 with the layer %3</source>
        <translation>%1: package %2 with the layer %3</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="344"/>
        <source>Validates Huanjiao content, builds the content database, and converts between its forms.
SOURCE is a content folder, an interchange file (.jsonl) or a content database.

Commands:
  validate SOURCE [--overlay SOURCE]...          report every problem as file:line: message
  build SOURCE [--overlay SOURCE]... -o FILE     validate, write, check, then replace FILE
                                                 (the previous one is kept as FILE.bak)
  import FILE.jsonl [--base SOURCE]... -o DIR    interchange file to content folder
  export FILE -o DIR|OUT.jsonl                   database to content folder or interchange file
  diff OLD NEW                                   records added, removed or changed
  stats FILE                                     counts by kind, content version, build date
  publish [--root DIR] [--base FILE]             the clinic&apos;s content over the bundled content,
                                                 into the database the program opens
  import-sheet FILE --kind KIND [--check]        a spreadsheet (.csv, .xlsx) into the clinic&apos;s content
  export-sheet --kind KIND -o FILE               the clinic&apos;s records of a kind as a spreadsheet
  sheet-template --kind KIND -o FILE             an empty sheet with the Chinese column headers
  package [--root DIR] -o FILE.deb               the clinic&apos;s layer as a Debian package for a chain</source>
        <translation>Validates Huanjiao content, builds the content database, and converts between its forms.
SOURCE is a content folder, an interchange file (.jsonl) or a content database.

Commands:
  validate SOURCE [--overlay SOURCE]...          report every problem as file:line: message
  build SOURCE [--overlay SOURCE]... -o FILE     validate, write, check, then replace FILE
                                                 (the previous one is kept as FILE.bak)
  import FILE.jsonl [--base SOURCE]... -o DIR    interchange file to content folder
  export FILE -o DIR|OUT.jsonl                   database to content folder or interchange file
  diff OLD NEW                                   records added, removed or changed
  stats FILE                                     counts by kind, content version, build date
  publish [--root DIR] [--base FILE]             the clinic&apos;s content over the bundled content,
                                                 into the database the program opens
  import-sheet FILE --kind KIND [--check]        a spreadsheet (.csv, .xlsx) into the clinic&apos;s content
  export-sheet --kind KIND -o FILE               the clinic&apos;s records of a kind as a spreadsheet
  sheet-template --kind KIND -o FILE             an empty sheet with the Chinese column headers
  package [--root DIR] -o FILE.deb               the clinic&apos;s layer as a Debian package for a chain</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="363"/>
        <source>The file or folder to write.</source>
        <translation>The file or folder to write.</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="363"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="365"/>
        <source>A clinic&apos;s overlay on the content; may be repeated, later ones win.</source>
        <translation>A clinic&apos;s overlay on the content; may be repeated, later ones win.</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="366"/>
        <location filename="../../database/builder/main.cpp" line="369"/>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="368"/>
        <source>import: the content the file is an overlay of; may be repeated.</source>
        <translation>import: the content the file is an overlay of; may be repeated.</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="372"/>
        <source>validate, build: check the format only, not the writing standard of patient text (doses, brand names, emergency signs, questions, sentence length, authoring notes).</source>
        <translation>validate, build: check the format only, not the writing standard of patient text (doses, brand names, emergency signs, questions, sentence length, authoring notes).</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="375"/>
        <source>publish: the folder holding clinic/ and the published database (default: $HUANJIAO_CLINIC_ROOT, /var/lib/huanjiao, or the user&apos;s data folder).</source>
        <translation>publish: the folder holding clinic/ and the published database (default: $HUANJIAO_CLINIC_ROOT, /var/lib/huanjiao, or the user&apos;s data folder).</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="378"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="380"/>
        <source>sheets: the kind of record a sheet holds (doctor, or 医生 ...).</source>
        <translation>sheets: the kind of record a sheet holds (doctor, or 医生 ...).</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="381"/>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="383"/>
        <source>import-sheet: report the problems, import nothing.</source>
        <translation>import-sheet: report the problems, import nothing.</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="385"/>
        <source>validate, build, import, export, diff, stats, publish, import-sheet, export-sheet, sheet-template or package</source>
        <translation>validate, build, import, export, diff, stats, publish, import-sheet, export-sheet, sheet-template or package</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="386"/>
        <source>What the command works on.</source>
        <translation>What the command works on.</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="403"/>
        <source>huanjiao-content: wrong arguments for &apos;%1&apos;; see --help</source>
        <translation>huanjiao-content: wrong arguments for &apos;%1&apos;; see --help</translation>
    </message>
</context>
<context>
    <name>ContentValidator</name>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="68"/>
        <source>malformed content id &apos;%1&apos;; use lowercase ASCII letters, digits and single hyphens</source>
        <translation>malformed content id &apos;%1&apos;; use lowercase ASCII letters, digits and single hyphens</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="76"/>
        <source>unknown field &apos;%1&apos; for @content</source>
        <translation>unknown field &apos;%1&apos; for @content</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="78"/>
        <location filename="../../database/core/ContentValidator.cpp" line="199"/>
        <source>field &apos;%1&apos; given twice</source>
        <translation>field &apos;%1&apos; given twice</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="83"/>
        <source>a @content record has no sections</source>
        <translation>a @content record has no sections</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="86"/>
        <location filename="../../database/core/ContentValidator.cpp" line="221"/>
        <source>missing required field &apos;%1&apos;</source>
        <translation>missing required field &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="93"/>
        <source>&apos;sample&apos; must be yes or no</source>
        <translation>&apos;sample&apos; must be yes or no</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="101"/>
        <source>&apos;replaces&apos; lists &apos;%1&apos;, which is not a kind that can be replaced</source>
        <translation>&apos;replaces&apos; lists &apos;%1&apos;, which is not a kind that can be replaced</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="112"/>
        <source>&apos;removes&apos; lists &apos;%1&apos;; write kind/id, e.g. doctor/ye-lin</source>
        <translation>&apos;removes&apos; lists &apos;%1&apos;; write kind/id, e.g. doctor/ye-lin</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="132"/>
        <source>a second @content record; the first is at %1:%2</source>
        <translation>a second @content record; the first is at %1:%2</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="146"/>
        <source>unknown kind &apos;%1&apos;</source>
        <translation>unknown kind &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="151"/>
        <source>malformed id &apos;%1&apos;; use lowercase ASCII letters, digits and single hyphens</source>
        <translation>malformed id &apos;%1&apos;; use lowercase ASCII letters, digits and single hyphens</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="159"/>
        <source>duplicate id &apos;%1&apos;; first defined at %2:%3</source>
        <translation>duplicate id &apos;%1&apos;; first defined at %2:%3</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="170"/>
        <source>no @content record (name, version, sample)</source>
        <translation>no @content record (name, version, sample)</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="176"/>
        <location filename="../../database/core/ContentValidator.cpp" line="395"/>
        <source>raw HTML is not allowed in content; write plain text</source>
        <translation>raw HTML is not allowed in content; write plain text</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="180"/>
        <source>invisible control character U+%1 in the text; remove it</source>
        <translation>invisible control character U+%1 in the text; remove it</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="195"/>
        <source>unknown field &apos;%1&apos; for a %2</source>
        <translation>unknown field &apos;%1&apos; for a %2</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="204"/>
        <source>field &apos;%1&apos; is empty</source>
        <translation>field &apos;%1&apos; is empty</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="210"/>
        <source>field &apos;%1&apos; is %2 characters long; the limit is %3</source>
        <translation>field &apos;%1&apos; is %2 characters long; the limit is %3</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="238"/>
        <source>status &apos;reviewed&apos; needs &apos;reviewed: YYYY-MM-DD&apos;, the date of the review</source>
        <translation>status &apos;reviewed&apos; needs &apos;reviewed: YYYY-MM-DD&apos;, the date of the review</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="240"/>
        <source>status &apos;reviewed&apos; needs &apos;reviewer:&apos;, who reviewed it</source>
        <translation>status &apos;reviewed&apos; needs &apos;reviewer:&apos;, who reviewed it</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="243"/>
        <source>a %1 topic has not been reviewed: write &apos;updated: YYYY-MM-DD&apos; instead of &apos;reviewed&apos;/&apos;reviewer&apos;, or set &apos;status: reviewed&apos;</source>
        <translation>a %1 topic has not been reviewed: write &apos;updated: YYYY-MM-DD&apos; instead of &apos;reviewed&apos;/&apos;reviewer&apos;, or set &apos;status: reviewed&apos;</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="258"/>
        <source>&apos;%1&apos; is not allowed in &apos;%2&apos;; use one of %3</source>
        <translation>&apos;%1&apos; is not allowed in &apos;%2&apos;; use one of %3</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="269"/>
        <source>malformed date &apos;%1&apos;; write YYYY-MM-DD</source>
        <translation>malformed date &apos;%1&apos;; write YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="275"/>
        <source>unknown status &apos;%1&apos;; use %2</source>
        <translation>unknown status &apos;%1&apos;; use %2</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="283"/>
        <source>field &apos;%1&apos; takes one id</source>
        <translation>field &apos;%1&apos; takes one id</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="298"/>
        <source>&apos;%1&apos; in &apos;%2&apos; must be a %3 id</source>
        <translation>&apos;%1&apos; in &apos;%2&apos; must be a %3 id</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="303"/>
        <source>&apos;%1&apos; refers to %2 that does not exist</source>
        <translation>&apos;%1&apos; refers to %2 that does not exist</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="309"/>
        <source>&apos;%1&apos; lists %2 twice</source>
        <translation>&apos;%1&apos; lists %2 twice</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="312"/>
        <source>a condition cannot relate to itself</source>
        <translation>a condition cannot relate to itself</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="327"/>
        <source>a %1 has no sections</source>
        <translation>a %1 has no sections</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="328"/>
        <source>unknown section &apos;%1&apos; for a %2; allowed: %3</source>
        <translation>unknown section &apos;%1&apos; for a %2; allowed: %3</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="334"/>
        <source>section &apos;%1&apos; given twice</source>
        <translation>section &apos;%1&apos; given twice</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="342"/>
        <source>section &apos;%1&apos; is %2 characters long; the limit is %3</source>
        <translation>section &apos;%1&apos; is %2 characters long; the limit is %3</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="347"/>
        <source>section &apos;%1&apos; is empty</source>
        <translation>section &apos;%1&apos; is empty</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="354"/>
        <source>missing required section &apos;%1&apos;</source>
        <translation>missing required section &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="361"/>
        <source>an item needs a title after &apos;###&apos;</source>
        <translation>an item needs a title after &apos;###&apos;</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="368"/>
        <source>a [type] is only allowed on treatments and seek-care items</source>
        <translation>a [type] is only allowed on treatments and seek-care items</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="372"/>
        <source>a treatment needs a type: &apos;### [type] title&apos;, type one of %1</source>
        <translation>a treatment needs a type: &apos;### [type] title&apos;, type one of %1</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="375"/>
        <source>unknown treatment type &apos;%1&apos;; use %2</source>
        <translation>unknown treatment type &apos;%1&apos;; use %2</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="376"/>
        <source>unknown type &apos;%1&apos; in &apos;%2&apos;; use %3</source>
        <translation>unknown type &apos;%1&apos; in &apos;%2&apos;; use %3</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="412"/>
        <source>department &apos;%1&apos; is its own ancestor</source>
        <translation>department &apos;%1&apos; is its own ancestor</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="428"/>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>; did you mean &apos;%1&apos;?</translation>
    </message>
</context>
<context>
    <name>CrisisText</name>
    <message>
        <location filename="../../ui/render/CrisisText.cpp" line="10"/>
        <source>You are not alone. Help is here now.</source>
        <translation>You are not alone. Help is here now.</translation>
    </message>
    <message>
        <location filename="../../ui/render/CrisisText.cpp" line="11"/>
        <source>This may be an emergency: call %1 now.</source>
        <translation>This may be an emergency: call %1 now.</translation>
    </message>
    <message>
        <location filename="../../ui/render/CrisisText.cpp" line="17"/>
        <source>If you are thinking about ending your life or hurting yourself, please talk to someone now. Call the mental-health line %1 (free, any time). If you are in immediate danger, call %2 or %3. You can also tell a nurse or doctor here.</source>
        <translation>If you are thinking about ending your life or hurting yourself, please talk to someone now. Call the mental-health line %1 (free, any time). If you are in immediate danger, call %2 or %3. You can also tell a nurse or doctor here.</translation>
    </message>
    <message>
        <location filename="../../ui/render/CrisisText.cpp" line="21"/>
        <source>Call %1 now, or ask the staff here to help you. Do not wait to see if it passes, and do not drive yourself. If someone is in danger, call %2.</source>
        <translation>Call %1 now, or ask the staff here to help you. Do not wait to see if it passes, and do not drive yourself. If someone is in danger, call %2.</translation>
    </message>
    <message>
        <location filename="../../ui/render/CrisisText.cpp" line="29"/>
        <source>Mental-health line %1 · Ambulance %2 · Police %3</source>
        <translation>Mental-health line %1 · Ambulance %2 · Police %3</translation>
    </message>
    <message>
        <location filename="../../ui/render/CrisisText.cpp" line="31"/>
        <source>Ambulance %1 · Police %2</source>
        <translation>Ambulance %1 · Police %2</translation>
    </message>
</context>
<context>
    <name>CsvSheet</name>
    <message>
        <location filename="../../database/clinic/CsvSheet.cpp" line="75"/>
        <source>the file says it is UTF-8 but is not; save it again as CSV UTF-8</source>
        <translation>the file says it is UTF-8 but is not; save it again as CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../database/clinic/CsvSheet.cpp" line="85"/>
        <source>the file is neither UTF-8 nor readable as GB18030 here; save it as CSV UTF-8</source>
        <translation>the file is neither UTF-8 nor readable as GB18030 here; save it as CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../database/clinic/CsvSheet.cpp" line="90"/>
        <source>the file is neither UTF-8 nor GB18030 text; save it as CSV UTF-8</source>
        <translation>the file is neither UTF-8 nor GB18030 text; save it as CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../database/clinic/CsvSheet.cpp" line="105"/>
        <source>the file has no header row</source>
        <translation>the file has no header row</translation>
    </message>
</context>
<context>
    <name>DatabaseDiff</name>
    <message>
        <location filename="../../database/tools/DatabaseDiff.cpp" line="152"/>
        <source>content: %1 -&gt; %2</source>
        <translation>content: %1 -&gt; %2</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseDiff.cpp" line="161"/>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>%1 added, %2 removed, %3 changed</translation>
    </message>
</context>
<context>
    <name>DatabaseReader</name>
    <message>
        <location filename="../../database/core/DatabaseReader.cpp" line="73"/>
        <source>%1 holds a record of an unknown kind &apos;%2&apos;</source>
        <translation>%1 holds a record of an unknown kind &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseReader.cpp" line="98"/>
        <source>Reading %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseReader.cpp" line="193"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseStats</name>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="115"/>
        <source>%1 bytes per condition (%2 conditions, %3 KiB)</source>
        <translation>%1 bytes per condition (%2 conditions, %3 KiB)</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="146"/>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="26"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="77"/>
        <source>all departments</source>
        <translation>all departments</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="85"/>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="85"/>
        <source>conditions</source>
        <translation>conditions</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="85"/>
        <source>drugs</source>
        <translation>drugs</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="85"/>
        <source>tests</source>
        <translation>tests</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="85"/>
        <source>Q&amp;A</source>
        <translation>Q&amp;A</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="127"/>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="128"/>
        <source>content</source>
        <translation>content</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="129"/>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="130"/>
        <source>built</source>
        <translation>built</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="131"/>
        <source>schema</source>
        <translation>schema</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="132"/>
        <source>sample content</source>
        <translation>sample content</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="132"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="132"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="135"/>
        <source>base layer</source>
        <translation>base layer</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="135"/>
        <source>overlay %1</source>
        <translation>overlay %1</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="143"/>
        <source>records</source>
        <translation>records</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="144"/>
        <source>relations</source>
        <translation>relations</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="145"/>
        <source>sections</source>
        <translation>sections</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="147"/>
        <source>Coverage by department:</source>
        <translation>Coverage by department:</translation>
    </message>
</context>
<context>
    <name>DatabaseVerifier</name>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="23"/>
        <source>relations whose source record is missing</source>
        <translation>relations whose source record is missing</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="25"/>
        <source>relations whose target record is missing</source>
        <translation>relations whose target record is missing</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="27"/>
        <source>records whose department is missing or not a department</source>
        <translation>records whose department is missing or not a department</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="30"/>
        <source>departments whose parent is missing or not a department</source>
        <translation>departments whose parent is missing or not a department</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="33"/>
        <source>records whose source is missing or not a source</source>
        <translation>records whose source is missing or not a source</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="36"/>
        <source>aliases of missing records</source>
        <translation>aliases of missing records</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="38"/>
        <source>fields of missing records</source>
        <translation>fields of missing records</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="40"/>
        <source>sections of missing records</source>
        <translation>sections of missing records</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="42"/>
        <source>items of missing sections</source>
        <translation>items of missing sections</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="66"/>
        <source>%1 failed SQLite&apos;s integrity check: %2</source>
        <translation>%1 failed SQLite&apos;s integrity check: %2</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="80"/>
        <source>%1 has %2: %3</source>
        <translation>%1 has %2: %3</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="81"/>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="111"/>
        <source>%1 cannot be checked: %2</source>
        <translation>%1 cannot be checked: %2</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="100"/>
        <source>%1 has %2 &apos;%3&apos; relation(s) of a %4 that do not point at a %5</source>
        <translation>%1 has %2 &apos;%3&apos; relation(s) of a %4 that do not point at a %5</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="116"/>
        <source>%1 has relations of an unknown type: %2</source>
        <translation>%1 has relations of an unknown type: %2</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="72"/>
        <source>%1 failed the full-text index check: %2</source>
        <translation>%1 failed the full-text index check: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseWriter</name>
    <message>
        <location filename="../../database/core/DatabaseWriter.cpp" line="88"/>
        <location filename="../../database/core/DatabaseWriter.cpp" line="102"/>
        <source>Writing the database</source>
        <translation>Writing the database</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseWriter.cpp" line="104"/>
        <source>Indexing the topics</source>
        <translation>Indexing the topics</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseWriter.cpp" line="109"/>
        <location filename="../../database/core/SearchIndexWriter.cpp" line="249"/>
        <source>Writing the search index</source>
        <translation>Writing the search index</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseWriter.cpp" line="112"/>
        <source>Indexing links and lists</source>
        <translation>Indexing links and lists</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseWriter.cpp" line="116"/>
        <source>Saving the database</source>
        <translation>Saving the database</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseWriter.cpp" line="121"/>
        <source>Compacting the database</source>
        <translation>Compacting the database</translation>
    </message>
    <message>
        <location filename="../../database/core/SearchIndexWriter.cpp" line="466"/>
        <source>Writing the names index</source>
        <translation>Writing the names index</translation>
    </message>
    <message>
        <location filename="../../database/core/SearchIndexWriter.cpp" line="597"/>
        <source>Sorting the search keys</source>
        <translation>Sorting the search keys</translation>
    </message>
    <message>
        <location filename="../../database/core/SearchIndexWriter.cpp" line="630"/>
        <source>Merging the full-text indexes</source>
        <translation>Merging the full-text indexes</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="13"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="16"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="18"/>
        <source>Name</source>
        <comment>of a hospital, department or source</comment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="23"/>
        <source>Related conditions</source>
        <translation>Related conditions</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="25"/>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="27"/>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="28"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="29"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="30"/>
        <source>Parent department</source>
        <translation>Parent department</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="31"/>
        <source>Clinical title</source>
        <translation>Clinical title</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="32"/>
        <source>Academic title</source>
        <translation>Academic title</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="33"/>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="34"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="35"/>
        <source>Specialty</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="36"/>
        <source>Conditions treated</source>
        <translation>Conditions treated</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="37"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="38"/>
        <source>About the condition</source>
        <translation>About the condition</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="39"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="41"/>
        <source>Last updated</source>
        <translation>Last updated</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="42"/>
        <source>Reviewed on</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="43"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="44"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="45"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="55"/>
        <source>Hospitals</source>
        <translation>Hospitals</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="57"/>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="59"/>
        <source>Doctors</source>
        <translation>Doctors</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="61"/>
        <source>Own topics</source>
        <translation>Own topics</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="63"/>
        <source>Leaflets</source>
        <translation>Leaflets</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="65"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="75"/>
        <source>Hospital</source>
        <comment>kind</comment>
        <translation>Hospital</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="77"/>
        <source>Department</source>
        <comment>kind</comment>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="79"/>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="81"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="83"/>
        <source>Leaflet</source>
        <translation>Leaflet</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="85"/>
        <source>Source</source>
        <comment>kind</comment>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>FleetPackage</name>
    <message>
        <location filename="../../database/clinic/FleetPackage.cpp" line="40"/>
        <source>%1 holds no clinic content to package</source>
        <translation>%1 holds no clinic content to package</translation>
    </message>
    <message>
        <location filename="../../database/clinic/FleetPackage.cpp" line="54"/>
        <source>the layer has problems; correct them first:
%1</source>
        <translation>the layer has problems; correct them first:
%1</translation>
    </message>
    <message>
        <location filename="../../database/clinic/FleetPackage.cpp" line="61"/>
        <source>cannot make a temporary folder</source>
        <translation>cannot make a temporary folder</translation>
    </message>
    <message>
        <location filename="../../database/clinic/FleetPackage.cpp" line="71"/>
        <source>cannot copy %1</source>
        <translation>cannot copy %1</translation>
    </message>
    <message>
        <location filename="../../database/clinic/FleetPackage.cpp" line="79"/>
        <source>cannot write the package&apos;s control file</source>
        <translation>cannot write the package&apos;s control file</translation>
    </message>
    <message>
        <location filename="../../database/clinic/FleetPackage.cpp" line="107"/>
        <source>dpkg-deb failed: %1%2</source>
        <translation>dpkg-deb failed: %1%2</translation>
    </message>
</context>
<context>
    <name>FullTextCheck</name>
    <message>
        <location filename="../../app/FullTextCheck.cpp" line="23"/>
        <location filename="../../app/FullTextCheck.cpp" line="33"/>
        <source>The content database %1 is damaged: %2. Search may miss topics or find wrong ones. Rebuild it or reinstall the content package.</source>
        <translation>The content database %1 is damaged: %2. Search may miss topics or find wrong ones. Rebuild it or reinstall the content package.</translation>
    </message>
    <message>
        <location filename="../../app/FullTextCheck.cpp" line="32"/>
        <source>Search may give wrong results</source>
        <translation>Search may give wrong results</translation>
    </message>
</context>
<context>
    <name>HandoutCommand</name>
    <message>
        <location filename="../../app/HandoutCommand.cpp" line="36"/>
        <source>&apos;%1&apos; is not a page address; write huanjiao://KIND/ID, for example huanjiao://condition/hemifacial-spasm</source>
        <translation>&apos;%1&apos; is not a page address; write huanjiao://KIND/ID, for example huanjiao://condition/hemifacial-spasm</translation>
    </message>
    <message>
        <location filename="../../app/HandoutCommand.cpp" line="56"/>
        <source>no page %1 in this content database</source>
        <translation>no page %1 in this content database</translation>
    </message>
    <message>
        <location filename="../../app/HandoutCommand.cpp" line="69"/>
        <source>Patient education handout</source>
        <translation>Patient education handout</translation>
    </message>
    <message>
        <location filename="../../app/HandoutCommand.cpp" line="76"/>
        <source>%1: %2 page(s), %3 topic(s)</source>
        <translation>%1: %2 page(s), %3 topic(s)</translation>
    </message>
</context>
<context>
    <name>HandoutDocument</name>
    <message>
        <location filename="../../ui/render/HandoutDocument.cpp" line="128"/>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/render/HandoutDocument.cpp" line="133"/>
        <source>%n topic(s) in this handout.</source>
        <translation>
            <numerusform>%n topic in this handout.</numerusform>
            <numerusform>%n topics in this handout.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutDocument.cpp" line="438"/>
        <source>Also called %1</source>
        <translation>Also called %1</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutDocument.cpp" line="451"/>
        <source>Read it online: %1</source>
        <translation>Read it online: %1</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutDocument.cpp" line="217"/>
        <source>Sample content.</source>
        <translation>Sample content.</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutDocument.cpp" line="218"/>
        <source>Written for demonstration and not reviewed for use with patients. Ask your doctor about your own situation.</source>
        <translation>Written for demonstration and not reviewed for use with patients. Ask your doctor about your own situation.</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutDocument.cpp" line="221"/>
        <source>Draft.</source>
        <translation>Draft.</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutDocument.cpp" line="222"/>
        <source>This text has not been reviewed yet and may change. Ask your doctor about your own situation.</source>
        <translation>This text has not been reviewed yet and may change. Ask your doctor about your own situation.</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutDocument.cpp" line="548"/>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutDocument.cpp" line="590"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutDocument.cpp" line="595"/>
        <source>Related topics</source>
        <translation>Related topics</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutDocument.cpp" line="234"/>
        <source>What it is</source>
        <translation>What it is</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutDocument.cpp" line="259"/>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutDocument.cpp" line="336"/>
        <source>Note for the patient</source>
        <translation>Note for the patient</translation>
    </message>
</context>
<context>
    <name>HandoutRenderer</name>
    <message>
        <location filename="../../ui/render/HandoutRenderer.cpp" line="221"/>
        <source>Patient education handout</source>
        <translation>Patient education handout</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutRenderer.cpp" line="226"/>
        <source>Tel. %1</source>
        <translation>Tel. %1</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutRenderer.cpp" line="261"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutRenderer.cpp" line="265"/>
        <source>Sample content</source>
        <translation>Sample content</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutRenderer.cpp" line="267"/>
        <source>Draft, not yet reviewed</source>
        <translation>Draft, not yet reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutRenderer.cpp" line="269"/>
        <source>General information only; it does not replace your doctor&apos;s advice. In an emergency, call 120.</source>
        <translation>General information only; it does not replace your doctor&apos;s advice. In an emergency, call 120.</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutRenderer.cpp" line="271"/>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutRenderer.cpp" line="272"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message>
        <location filename="../../app/HeadlessCommands.cpp" line="69"/>
        <source>Also called: %1</source>
        <translation>Also called: %1</translation>
    </message>
    <message>
        <location filename="../../app/HeadlessCommands.cpp" line="100"/>
        <source>&apos;%1&apos; is not a page address; write huanjiao://KIND/ID, for example huanjiao://condition/hemifacial-spasm</source>
        <translation>&apos;%1&apos; is not a page address; write huanjiao://KIND/ID, for example huanjiao://condition/hemifacial-spasm</translation>
    </message>
    <message>
        <location filename="../../app/HeadlessCommands.cpp" line="117"/>
        <source>no page %1 in this content database</source>
        <translation>no page %1 in this content database</translation>
    </message>
    <message>
        <location filename="../../app/HeadlessCommands.cpp" line="142"/>
        <source>unknown kind &apos;%1&apos;</source>
        <translation>unknown kind &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/HeadlessCommands.cpp" line="227"/>
        <source>No results. Did you mean: %1</source>
        <translation>No results. Did you mean: %1</translation>
    </message>
</context>
<context>
    <name>InterchangeFile</name>
    <message>
        <location filename="../../database/tools/InterchangeFile.cpp" line="17"/>
        <source>%1 is a folder; give a file name ending in .jsonl</source>
        <translation>%1 is a folder; give a file name ending in .jsonl</translation>
    </message>
    <message>
        <location filename="../../database/tools/InterchangeFile.cpp" line="22"/>
        <source>cannot create a file beside %1: %2</source>
        <translation>cannot create a file beside %1: %2</translation>
    </message>
    <message>
        <location filename="../../database/tools/InterchangeFile.cpp" line="25"/>
        <source>Writing %1</source>
        <translation>Writing %1</translation>
    </message>
    <message>
        <location filename="../../database/tools/InterchangeFile.cpp" line="37"/>
        <location filename="../../database/tools/InterchangeFile.cpp" line="42"/>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../database/tools/InterchangeFile.cpp" line="52"/>
        <source>the written file does not read back: %1</source>
        <translation>the written file does not read back: %1</translation>
    </message>
    <message>
        <location filename="../../database/tools/InterchangeFile.cpp" line="56"/>
        <source>the written file reads back as %1 lines instead of %2</source>
        <translation>the written file reads back as %1 lines instead of %2</translation>
    </message>
    <message>
        <location filename="../../database/tools/InterchangeFile.cpp" line="60"/>
        <source>the content line does not read back as it was written</source>
        <translation>the content line does not read back as it was written</translation>
    </message>
    <message>
        <location filename="../../database/tools/InterchangeFile.cpp" line="67"/>
        <source>%1/%2 does not read back as it was written</source>
        <translation>%1/%2 does not read back as it was written</translation>
    </message>
</context>
<context>
    <name>InterchangeReader</name>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="51"/>
        <source>each line needs &quot;kind&quot; and &quot;id&quot;, e.g. {&quot;kind&quot;: &quot;doctor&quot;, &quot;id&quot;: &quot;wang-fang&quot;, ...}</source>
        <translation>each line needs &quot;kind&quot; and &quot;id&quot;, e.g. {&quot;kind&quot;: &quot;doctor&quot;, &quot;id&quot;: &quot;wang-fang&quot;, ...}</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="81"/>
        <source>field &apos;%1&apos; has a line break; header fields are one line (long text goes in a section)</source>
        <translation>field &apos;%1&apos; has a line break; header fields are one line (long text goes in a section)</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="95"/>
        <source>&apos;%1&apos; takes one value, not a list</source>
        <translation>&apos;%1&apos; takes one value, not a list</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="96"/>
        <source>&apos;%1&apos; must be text in quotes</source>
        <translation>&apos;%1&apos; must be text in quotes</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="108"/>
        <source>an item of &apos;%1&apos; contains a list separator (, ， or 、): %2</source>
        <translation>an item of &apos;%1&apos; contains a list separator (, ， or 、): %2</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="132"/>
        <source>%1 has a line starting with &apos;%2&apos;, which the text format would read as a heading or a new record: %3</source>
        <translation>%1 has a line starting with &apos;%2&apos;, which the text format would read as a heading or a new record: %3</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="146"/>
        <source>&quot;sections&quot; must be an object: {&quot;overview&quot;: &quot;...&quot;, ...}</source>
        <translation>&quot;sections&quot; must be an object: {&quot;overview&quot;: &quot;...&quot;, ...}</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="154"/>
        <source>section &apos;%1&apos;</source>
        <translation>section &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="162"/>
        <source>&quot;items&quot; of %1 must be a list</source>
        <translation>&quot;items&quot; of %1 must be a list</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="167"/>
        <source>%1 has an unknown key &apos;%2&apos;; use &quot;text&quot; and &quot;items&quot;</source>
        <translation>%1 has an unknown key &apos;%2&apos;; use &quot;text&quot; and &quot;items&quot;</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="170"/>
        <source>%1 must be text, or an object with &quot;text&quot; and &quot;items&quot;</source>
        <translation>%1 must be text, or an object with &quot;text&quot; and &quot;items&quot;</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="181"/>
        <source>an item of %1 must be an object: {&quot;title&quot;: &quot;...&quot;, &quot;text&quot;: &quot;...&quot;}</source>
        <translation>an item of %1 must be an object: {&quot;title&quot;: &quot;...&quot;, &quot;text&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="188"/>
        <source>an item title of %1 has a line break; titles are one line</source>
        <translation>an item title of %1 has a line break; titles are one line</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="193"/>
        <source>an item of %1 has an unknown key &apos;%2&apos;; use &quot;type&quot;, &quot;title&quot; and &quot;text&quot;</source>
        <translation>an item of %1 has an unknown key &apos;%2&apos;; use &quot;type&quot;, &quot;title&quot; and &quot;text&quot;</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="238"/>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="247"/>
        <source>Reading %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="259"/>
        <source>the line is longer than %1 MiB; one line holds one record</source>
        <translation>the line is longer than %1 MiB; one line holds one record</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="271"/>
        <source>not valid UTF-8 text; save the file as UTF-8</source>
        <translation>not valid UTF-8 text; save the file as UTF-8</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="278"/>
        <source>the last line is cut short (%1 at column %2); the file may be incomplete</source>
        <translation>the last line is cut short (%1 at column %2); the file may be incomplete</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="282"/>
        <source>not valid JSON: %1 at column %2</source>
        <translation>not valid JSON: %1 at column %2</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="288"/>
        <source>each line must be one JSON object: {&quot;kind&quot;: ..., ...}</source>
        <translation>each line must be one JSON object: {&quot;kind&quot;: ..., ...}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="20"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="21"/>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="22"/>
        <location filename="../../ui/render/Labels.cpp" line="136"/>
        <source>Doctors</source>
        <translation>Doctors</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="23"/>
        <source>Drugs</source>
        <translation>Drugs</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="24"/>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="25"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="26"/>
        <source>Q&amp;A</source>
        <translation>Q&amp;A</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="27"/>
        <location filename="../../ui/render/Labels.cpp" line="141"/>
        <source>Leaflets</source>
        <translation>Leaflets</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="28"/>
        <source>Hospitals</source>
        <translation>Hospitals</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="29"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="37"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="38"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="39"/>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="40"/>
        <source>Drug</source>
        <translation>Drug</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="41"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="42"/>
        <location filename="../../ui/render/Labels.cpp" line="66"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="43"/>
        <location filename="../../ui/render/Labels.cpp" line="67"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="44"/>
        <source>Leaflet</source>
        <translation>Leaflet</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="45"/>
        <location filename="../../ui/render/Labels.cpp" line="125"/>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="46"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="54"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="55"/>
        <source>Symptoms</source>
        <translation>Symptoms</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="56"/>
        <source>Causes</source>
        <translation>Causes</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="57"/>
        <source>Diagnosis and tests</source>
        <translation>Diagnosis and tests</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="58"/>
        <source>Treatment</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="59"/>
        <source>Living with it and care</source>
        <translation>Living with it and care</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="60"/>
        <source>When to see a doctor</source>
        <translation>When to see a doctor</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="61"/>
        <source>Prevention</source>
        <translation>Prevention</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="62"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="63"/>
        <source>How to use it</source>
        <translation>How to use it</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="64"/>
        <source>How it is done</source>
        <translation>How it is done</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="65"/>
        <source>Understanding the results</source>
        <translation>Understanding the results</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="68"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="69"/>
        <source>Questions to ask your doctor</source>
        <translation>Questions to ask your doctor</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="78"/>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="85"/>
        <source>Clinical title</source>
        <translation>Clinical title</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="86"/>
        <source>Academic title</source>
        <translation>Academic title</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="87"/>
        <source>Specialty</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="88"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="89"/>
        <source>Manufacturer</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="90"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="91"/>
        <source>Indications</source>
        <translation>Indications</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="92"/>
        <source>Cautions</source>
        <translation>Cautions</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="93"/>
        <source>What it is for</source>
        <translation>What it is for</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="94"/>
        <source>How to prepare</source>
        <translation>How to prepare</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="103"/>
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="104"/>
        <source>Injection</source>
        <translation>Injection</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="105"/>
        <source>Surgery</source>
        <translation>Surgery</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="106"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="107"/>
        <source>Therapy</source>
        <translation>Therapy</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="108"/>
        <source>Self-care</source>
        <translation>Self-care</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="109"/>
        <source>Lifestyle</source>
        <translation>Lifestyle</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="110"/>
        <source>Watchful waiting</source>
        <translation>Watchful waiting</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="121"/>
        <source>Related doctors</source>
        <translation>Related doctors</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="122"/>
        <source>Related tests</source>
        <translation>Related tests</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="123"/>
        <source>Related drugs</source>
        <translation>Related drugs</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="124"/>
        <source>Related conditions</source>
        <translation>Related conditions</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="126"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="127"/>
        <source>Answered by</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="132"/>
        <source>Conditions treated</source>
        <translation>Conditions treated</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="133"/>
        <location filename="../../ui/render/Labels.cpp" line="134"/>
        <source>Used for these conditions</source>
        <translation>Used for these conditions</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="135"/>
        <source>Mentioned with</source>
        <translation>Mentioned with</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="137"/>
        <source>Answers given</source>
        <translation>Answers given</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="140"/>
        <source>Questions and answers</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="141"/>
        <source>Related articles</source>
        <translation>Related articles</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="148"/>
        <source>Sample content</source>
        <translation>Sample content</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="149"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="150"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="156"/>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="157"/>
        <source>See a doctor soon</source>
        <translation>See a doctor soon</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="158"/>
        <source>Routine check</source>
        <translation>Routine check</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="164"/>
        <source>Emergency: call 120 now</source>
        <translation>Emergency: call 120 now</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="169"/>
        <source>Also known as %1</source>
        <translation>Also known as %1</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="177"/>
        <source>Reviewed by %1, %2</source>
        <translation>Reviewed by %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="179"/>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
</context>
<context>
    <name>MatchKind</name>
    <message>
        <location filename="../../database/core/MatchKind.cpp" line="24"/>
        <source>also called %1</source>
        <translation>also called %1</translation>
    </message>
    <message>
        <location filename="../../database/core/MatchKind.cpp" line="25"/>
        <source>commonly called %1</source>
        <translation>commonly called %1</translation>
    </message>
    <message>
        <location filename="../../database/core/MatchKind.cpp" line="32"/>
        <source>symptom: %1</source>
        <translation>symptom: %1</translation>
    </message>
</context>
<context>
    <name>PageAccessible</name>
    <message>
        <location filename="../../ui/browser/PageAccessible.cpp" line="90"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../ui/browser/PageAccessible.cpp" line="410"/>
        <source>Heading level %1</source>
        <translation>Heading level %1</translation>
    </message>
    <message>
        <location filename="../../ui/browser/PageAccessible.cpp" line="484"/>
        <source>Open the linked page</source>
        <translation>Open the linked page</translation>
    </message>
</context>
<context>
    <name>PageRenderer</name>
    <message>
        <location filename="../../ui/render/PageRenderer.cpp" line="65"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/render/PageRenderer.cpp" line="175"/>
        <source>Showing the first %n.</source>
        <translation>
            <numerusform>Showing the first %n.</numerusform>
            <numerusform>Showing the first %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/render/PageRenderer.cpp" line="199"/>
        <source>Showing the first %n pages.</source>
        <translation>
            <numerusform>Showing the first %n page.</numerusform>
            <numerusform>Showing the first %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/render/PageRenderer.cpp" line="202"/>
        <location filename="../../ui/render/PageRenderer.cpp" line="332"/>
        <source>Mentioned in</source>
        <translation>Mentioned in</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageRenderer.cpp" line="210"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageRenderer.cpp" line="292"/>
        <source>Also called %1</source>
        <translation>Also called %1</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageRenderer.cpp" line="300"/>
        <source>Sample content for demonstration. It has not been reviewed for use with patients; ask your doctor about your own situation.</source>
        <translation>Sample content for demonstration. It has not been reviewed for use with patients; ask your doctor about your own situation.</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageRenderer.cpp" line="303"/>
        <source>Draft: this text has not been reviewed yet and may change. Ask your doctor about your own situation.</source>
        <translation>Draft: this text has not been reviewed yet and may change. Ask your doctor about your own situation.</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageRenderer.cpp" line="339"/>
        <source>On this page:</source>
        <translation>On this page:</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageRenderer.cpp" line="356"/>
        <source>Page not found</source>
        <translation>Page not found</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageRenderer.cpp" line="357"/>
        <source>There is no page for %1 in this content database. It may have been removed in a content update.</source>
        <translation>There is no page for %1 in this content database. It may have been removed in a content update.</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageRenderer.cpp" line="350"/>
        <location filename="../../ui/render/PageRenderer.cpp" line="360"/>
        <source>Back to the home page</source>
        <translation>Back to the home page</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageRenderer.cpp" line="350"/>
        <source>This page cannot be read</source>
        <translation>This page cannot be read</translation>
    </message>
</context>
<context>
    <name>PageSource</name>
    <message>
        <location filename="../../ui/render/PageSource.cpp" line="41"/>
        <location filename="../../ui/render/PageSource.cpp" line="55"/>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/render/PageSource.cpp" line="60"/>
        <source>%n condition(s)</source>
        <translation>
            <numerusform>%n condition</numerusform>
            <numerusform>%n conditions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/render/PageSource.cpp" line="61"/>
        <source>%n doctor(s)</source>
        <translation>
            <numerusform>%n doctor</numerusform>
            <numerusform>%n doctors</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/render/PageSource.cpp" line="83"/>
        <source>Sub-departments</source>
        <translation>Sub-departments</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageSource.cpp" line="87"/>
        <source>Showing the first %1 of %2. The %3 list, filtered by this department, shows them all.</source>
        <translation>Showing the first %1 of %2. The %3 list, filtered by this department, shows them all.</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageSource.cpp" line="107"/>
        <source>Huanjiao patient education</source>
        <translation>Huanjiao patient education</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageSource.cpp" line="108"/>
        <source>Read about conditions, tests and medicines, and find the right department.</source>
        <translation>Read about conditions, tests and medicines, and find the right department.</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageSource.cpp" line="110"/>
        <source>This is sample content for demonstration (version %1). It has not been reviewed for use with patients.</source>
        <translation>This is sample content for demonstration (version %1). It has not been reviewed for use with patients.</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageSource.cpp" line="115"/>
        <source>Common topics</source>
        <translation>Common topics</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageSource.cpp" line="145"/>
        <source>In this content: %1.</source>
        <translation>In this content: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageSource.cpp" line="146"/>
        <source>Content: %1, version %2, built %3</source>
        <translation>Content: %1, version %2, built %3</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageSource.cpp" line="150"/>
        <source>With %1, version %2</source>
        <translation>With %1, version %2</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageSource.cpp" line="48"/>
        <location filename="../../ui/render/PageSource.cpp" line="153"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageSource.cpp" line="37"/>
        <source>Cannot be read</source>
        <translation>Cannot be read</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../ui/render/PdfExport.cpp" line="26"/>
        <source>No file name was given for the PDF.</source>
        <translation>No file name was given for the PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/render/PdfExport.cpp" line="30"/>
        <source>%1 is a folder. Choose a file name for the PDF.</source>
        <translation>%1 is a folder. Choose a file name for the PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/render/PdfExport.cpp" line="92"/>
        <source>Cannot write %1: %2. Choose another folder, for example your Documents folder.</source>
        <translation>Cannot write %1: %2. Choose another folder, for example your Documents folder.</translation>
    </message>
    <message>
        <location filename="../../ui/render/PdfExport.cpp" line="50"/>
        <source>The handout could not be laid out as a PDF; nothing was saved.</source>
        <translation>The handout could not be laid out as a PDF; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/render/PdfExport.cpp" line="58"/>
        <source>%1 was kept as it was.</source>
        <translation>%1 was kept as it was.</translation>
    </message>
    <message>
        <location filename="../../ui/render/PdfExport.cpp" line="58"/>
        <source>Nothing was saved.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/render/PdfExport.cpp" line="67"/>
        <source>The disk is full: %1 could not be written. Free some space or choose another place. %2</source>
        <translation>The disk is full: %1 could not be written. Free some space or choose another place. %2</translation>
    </message>
    <message>
        <location filename="../../ui/render/PdfExport.cpp" line="68"/>
        <location filename="../../ui/render/PdfExport.cpp" line="70"/>
        <source>Part of the PDF may have been written to it.</source>
        <translation>Part of the PDF may have been written to it.</translation>
    </message>
    <message>
        <location filename="../../ui/render/PdfExport.cpp" line="69"/>
        <source>Could not write %1: %2. %3</source>
        <translation>Could not write %1: %2. %3</translation>
    </message>
    <message>
        <location filename="../../ui/render/PdfExport.cpp" line="75"/>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/render/PdfExport.cpp" line="109"/>
        <source>%1 was saved but is not complete (%2 of %3 bytes). Save it again, in another place.</source>
        <translation>%1 was saved but is not complete (%2 of %3 bytes). Save it again, in another place.</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <location filename="../../ui/manager/Publisher.cpp" line="28"/>
        <source>%1 “%2”: %3</source>
        <translation>%1 “%2”: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/manager/Publisher.cpp" line="39"/>
        <source>Not published: this clinic&apos;s content has %n problem(s). Correct them and publish again; what patients see has not changed.</source>
        <translation>
            <numerusform>Not published: this clinic&apos;s content has %n problem. Correct it and publish again; what patients see has not changed.</numerusform>
            <numerusform>Not published: this clinic&apos;s content has %n problems. Correct them and publish again; what patients see has not changed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/manager/Publisher.cpp" line="50"/>
        <source>Not published: the database could not be built. What patients see has not changed.</source>
        <translation>Not published: the database could not be built. What patients see has not changed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/manager/Publisher.cpp" line="58"/>
        <source>Published %n record(s) of this clinic to %1. Kiosks show them after their next idle reset.</source>
        <translation>
            <numerusform>Published %n record of this clinic to %1. Kiosks show it after their next idle reset.</numerusform>
            <numerusform>Published %n records of this clinic to %1. Kiosks show them after their next idle reset.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelatedHtml</name>
    <message>
        <location filename="../../ui/render/RelatedHtml.cpp" line="35"/>
        <source>Specialty: %1</source>
        <translation>Specialty: %1</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <location filename="../../database/core/Repository.cpp" line="61"/>
        <source>The content database could not be read (%1). It may be damaged: rebuild it or reinstall the content package.</source>
        <translation>The content database could not be read (%1). It may be damaged: rebuild it or reinstall the content package.</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <location filename="../../database/core/SchemaCheck.cpp" line="100"/>
        <source>its list of tables cannot be read</source>
        <translation>its list of tables cannot be read</translation>
    </message>
    <message>
        <location filename="../../database/core/SchemaCheck.cpp" line="111"/>
        <source>the index %1 is missing</source>
        <translation>the index %1 is missing</translation>
    </message>
    <message>
        <location filename="../../database/core/SchemaCheck.cpp" line="111"/>
        <source>the table %1 is missing</source>
        <translation>the table %1 is missing</translation>
    </message>
    <message>
        <location filename="../../database/core/SchemaCheck.cpp" line="113"/>
        <source>the index %1 is not on the table %2</source>
        <translation>the index %1 is not on the table %2</translation>
    </message>
    <message>
        <location filename="../../database/core/SchemaCheck.cpp" line="117"/>
        <source>the %1 %2 has no column %3</source>
        <translation>the %1 %2 has no column %3</translation>
    </message>
    <message>
        <location filename="../../database/core/SchemaCheck.cpp" line="118"/>
        <location filename="../../database/core/SchemaCheck.cpp" line="121"/>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <location filename="../../database/core/SchemaCheck.cpp" line="118"/>
        <location filename="../../database/core/SchemaCheck.cpp" line="121"/>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <location filename="../../database/core/SchemaCheck.cpp" line="120"/>
        <source>the %1 %2 has other columns than this version of Huanjiao writes (%3)</source>
        <translation>the %1 %2 has other columns than this version of Huanjiao writes (%3)</translation>
    </message>
    <message>
        <location filename="../../database/core/SchemaCheck.cpp" line="125"/>
        <source>the full-text index %1 is not made as this version of Huanjiao makes it</source>
        <translation>the full-text index %1 is not made as this version of Huanjiao makes it</translation>
    </message>
    <message>
        <location filename="../../database/core/SchemaCheck.cpp" line="137"/>
        <location filename="../../database/core/SchemaCheck.cpp" line="144"/>
        <source>the file cannot be read again (%1)</source>
        <translation>the file cannot be read again (%1)</translation>
    </message>
    <message>
        <location filename="../../database/core/SchemaCheck.cpp" line="141"/>
        <location filename="../../database/core/SchemaCheck.cpp" line="150"/>
        <source>not enough memory to check the full-text index</source>
        <translation>not enough memory to check the full-text index</translation>
    </message>
    <message>
        <location filename="../../database/core/SchemaCheck.cpp" line="166"/>
        <source>the full-text index %1 is damaged (%2)</source>
        <translation>the full-text index %1 is damaged (%2)</translation>
    </message>
</context>
<context>
    <name>SearchEngine</name>
    <message>
        <location filename="../../database/core/SearchEngine.cpp" line="515"/>
        <location filename="../../database/core/SearchEngine.cpp" line="522"/>
        <source>The content database could not be searched (%1). It may be damaged: rebuild it or reinstall the content package.</source>
        <translation>The content database could not be searched (%1). It may be damaged: rebuild it or reinstall the content package.</translation>
    </message>
</context>
<context>
    <name>SourceParser</name>
    <message>
        <location filename="../../database/core/SourceParser.cpp" line="77"/>
        <source>text outside a record; a record starts with &apos;@kind id&apos;</source>
        <translation>text outside a record; a record starts with &apos;@kind id&apos;</translation>
    </message>
    <message>
        <location filename="../../database/core/SourceParser.cpp" line="94"/>
        <source>a record starts with &apos;@kind id&apos;</source>
        <translation>a record starts with &apos;@kind id&apos;</translation>
    </message>
    <message>
        <location filename="../../database/core/SourceParser.cpp" line="114"/>
        <source>continuation line with no field before it</source>
        <translation>continuation line with no field before it</translation>
    </message>
    <message>
        <location filename="../../database/core/SourceParser.cpp" line="124"/>
        <source>expected &apos;key: value&apos; or a &apos;## section&apos; heading</source>
        <translation>expected &apos;key: value&apos; or a &apos;## section&apos; heading</translation>
    </message>
    <message>
        <location filename="../../database/core/SourceParser.cpp" line="158"/>
        <source>only &apos;## section&apos; and &apos;### item&apos; headings are allowed</source>
        <translation>only &apos;## section&apos; and &apos;### item&apos; headings are allowed</translation>
    </message>
    <message>
        <location filename="../../database/core/SourceParser.cpp" line="205"/>
        <source>not valid UTF-8 text; save the file as UTF-8</source>
        <translation>not valid UTF-8 text; save the file as UTF-8</translation>
    </message>
</context>
<context>
    <name>SourceTree</name>
    <message>
        <location filename="../../database/tools/SourceTree.cpp" line="24"/>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../database/tools/SourceTree.cpp" line="69"/>
        <source>%1 exists and is not a folder</source>
        <translation>%1 exists and is not a folder</translation>
    </message>
    <message>
        <location filename="../../database/tools/SourceTree.cpp" line="73"/>
        <source>%1 exists and is not a content folder (it has no content.md); choose a new or empty folder</source>
        <translation>%1 exists and is not a content folder (it has no content.md); choose a new or empty folder</translation>
    </message>
    <message>
        <location filename="../../database/tools/SourceTree.cpp" line="79"/>
        <source>%1 exists and is not an earlier content folder; move it away first</source>
        <translation>%1 exists and is not an earlier content folder; move it away first</translation>
    </message>
    <message>
        <location filename="../../database/tools/SourceTree.cpp" line="93"/>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <location filename="../../database/tools/SourceTree.cpp" line="99"/>
        <source>cannot create a folder beside %1: %2</source>
        <translation>cannot create a folder beside %1: %2</translation>
    </message>
    <message>
        <location filename="../../database/tools/SourceTree.cpp" line="109"/>
        <source>Writing %1</source>
        <translation>Writing %1</translation>
    </message>
    <message>
        <location filename="../../database/tools/SourceTree.cpp" line="157"/>
        <source>the written folder has no @content record</source>
        <translation>the written folder has no @content record</translation>
    </message>
    <message>
        <location filename="../../database/tools/SourceTree.cpp" line="169"/>
        <source>the written sources do not read back: %1</source>
        <translation>the written sources do not read back: %1</translation>
    </message>
    <message>
        <location filename="../../database/tools/SourceTree.cpp" line="173"/>
        <source>the written sources read back as %1 records instead of %2</source>
        <translation>the written sources read back as %1 records instead of %2</translation>
    </message>
    <message>
        <location filename="../../database/tools/SourceTree.cpp" line="182"/>
        <source>%1/%2 does not read back as it was written (%3)</source>
        <translation>%1/%2 does not read back as it was written (%3)</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <location filename="../../database/core/UserStore.cpp" line="74"/>
        <source>Cannot create the folder %1 for bookmarks and recently viewed pages.</source>
        <translation>Cannot create the folder %1 for bookmarks and recently viewed pages.</translation>
    </message>
    <message>
        <location filename="../../database/core/UserStore.cpp" line="140"/>
        <source>Cannot open the bookmarks file %1: %2</source>
        <translation>Cannot open the bookmarks file %1: %2</translation>
    </message>
    <message>
        <location filename="../../database/core/UserStore.cpp" line="162"/>
        <source>it was written by a newer version of Huanjiao.</source>
        <translation>it was written by a newer version of Huanjiao.</translation>
    </message>
    <message>
        <location filename="../../database/core/UserStore.cpp" line="166"/>
        <source>the folder cannot be written.</source>
        <translation>the folder cannot be written.</translation>
    </message>
    <message>
        <location filename="../../database/core/UserStore.cpp" line="283"/>
        <source>Your bookmarks could not be saved (%1). Nothing was changed.</source>
        <translation>Your bookmarks could not be saved (%1). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../database/core/UserStore.cpp" line="429"/>
        <source>The file is not valid JSON (%1 at byte %2). Nothing was imported.</source>
        <translation>The file is not valid JSON (%1 at byte %2). Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../database/core/UserStore.cpp" line="437"/>
        <source>The file is not a Huanjiao bookmarks export. Nothing was imported.</source>
        <translation>The file is not a Huanjiao bookmarks export. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../database/core/UserStore.cpp" line="449"/>
        <source>Bookmark %1 in the file has no Huanjiao address. Nothing was imported.</source>
        <translation>Bookmark %1 in the file has no Huanjiao address. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../database/core/UserStore.cpp" line="159"/>
        <source>it is not a Huanjiao bookmarks file but belongs to another program; it was left untouched. Move it away to keep bookmarks; until then there are none.</source>
        <translation>it is not a Huanjiao bookmarks file but belongs to another program; it was left untouched. Move it away to keep bookmarks; until then there are none.</translation>
    </message>
    <message>
        <location filename="../../database/core/UserStore.cpp" line="186"/>
        <source>its tables %1 are damaged, and no copy could be kept before mending them (%2); nothing was changed.</source>
        <translation>its tables %1 are damaged, and no copy could be kept before mending them (%2); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../database/core/UserStore.cpp" line="190"/>
        <source>The bookmarks file %1 had damaged tables (%2); they were made again, empty. A copy of the file as it was is kept at %3.</source>
        <translation>The bookmarks file %1 had damaged tables (%2); they were made again, empty. A copy of the file as it was is kept at %3.</translation>
    </message>
</context>
<context>
    <name>XlsxSheet</name>
    <message>
        <location filename="../../database/clinic/XlsxSheet.cpp" line="153"/>
        <source>not an Excel workbook (.xlsx); save the sheet as an Excel workbook or as CSV UTF-8</source>
        <translation>not an Excel workbook (.xlsx); save the sheet as an Excel workbook or as CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../database/clinic/XlsxSheet.cpp" line="162"/>
        <source>the workbook has no readable worksheet</source>
        <translation>the workbook has no readable worksheet</translation>
    </message>
    <message>
        <location filename="../../database/clinic/XlsxSheet.cpp" line="187"/>
        <source>the worksheet has a cell at &apos;%1&apos;, which is not a cell</source>
        <translation>the worksheet has a cell at &apos;%1&apos;, which is not a cell</translation>
    </message>
    <message>
        <location filename="../../database/clinic/XlsxSheet.cpp" line="207"/>
        <source>the worksheet names a shared string that is not there</source>
        <translation>the worksheet names a shared string that is not there</translation>
    </message>
    <message>
        <location filename="../../database/clinic/XlsxSheet.cpp" line="221"/>
        <source>the worksheet is damaged: %1</source>
        <translation>the worksheet is damaged: %1</translation>
    </message>
    <message>
        <location filename="../../database/clinic/XlsxSheet.cpp" line="225"/>
        <source>the sheet has no header row (row 1)</source>
        <translation>the sheet has no header row (row 1)</translation>
    </message>
    <message>
        <location filename="../../database/clinic/XlsxSheet.cpp" line="245"/>
        <source>cannot write beside %1: %2</source>
        <translation>cannot write beside %1: %2</translation>
    </message>
    <message>
        <location filename="../../database/clinic/XlsxSheet.cpp" line="252"/>
        <location filename="../../database/clinic/XlsxSheet.cpp" line="279"/>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <location filename="../../database/clinic/XlsxSheet.cpp" line="275"/>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>huanjiao-content</name>
    <message numerus="yes">
        <location filename="../../database/builder/main.cpp" line="61"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../database/builder/main.cpp" line="62"/>
        <source>in %n file(s)</source>
        <translation>
            <numerusform>in %n file</numerusform>
            <numerusform>in %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>huanjiao::AboutDialog</name>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="52"/>
        <location filename="../../ui/browser/AboutDialog.cpp" line="55"/>
        <source>About Huanjiao</source>
        <translation>About Huanjiao</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="67"/>
        <source>Huanjiao Patient Education</source>
        <translation>Huanjiao Patient Education</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="68"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="72"/>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="73"/>
        <source>%1, version %2, built %3</source>
        <translation>%1, version %2, built %3</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="76"/>
        <source>With %1, version %2</source>
        <translation>With %1, version %2</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="79"/>
        <source>Each page names its source and the date it was last reviewed; the Sources list shows every source in this content.</source>
        <translation>Each page names its source and the date it was last reviewed; the Sources list shows every source in this content.</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="83"/>
        <source>This is sample content for demonstration. It has not been reviewed for use with patients.</source>
        <translation>This is sample content for demonstration. It has not been reviewed for use with patients.</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="91"/>
        <source>Medical disclaimer</source>
        <translation>Medical disclaimer</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="92"/>
        <source>Huanjiao gives general health information. It does not replace the advice of a doctor who knows your situation. Do not start, stop or change a treatment because of what you read here. In an emergency, call 120.</source>
        <translation>Huanjiao gives general health information. It does not replace the advice of a doctor who knows your situation. Do not start, stop or change a treatment because of what you read here. In an emergency, call 120.</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="95"/>
        <source>Libraries and licences</source>
        <translation>Libraries and licences</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="99"/>
        <source>The Debian packages of these libraries carry their full licence texts under /usr/share/doc.</source>
        <translation>The Debian packages of these libraries carry their full licence texts under /usr/share/doc.</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="27"/>
        <source>GNU LGPL v3</source>
        <translation>GNU LGPL v3</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="28"/>
        <source>Public domain</source>
        <translation>Public domain</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="29"/>
        <source>Apache License 2.0</source>
        <translation>Apache License 2.0</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="30"/>
        <source>GNU LGPL v2.1 or later</source>
        <translation>GNU LGPL v2.1 or later</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="32"/>
        <source>SIL Open Font License 1.1 / Apache License 2.0</source>
        <translation>SIL Open Font License 1.1 / Apache License 2.0</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="70"/>
        <source>Huanjiao is free software: you may share and change it under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Huanjiao is free software: you may share and change it under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="86"/>
        <source>The sample content is licensed under the Creative Commons Attribution 4.0 International licence (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/). You may share and adapt it if you credit it: “Based on the Huanjiao sample content by the Huanjiao developers, CC BY 4.0”, and say what you changed.</source>
        <translation>The sample content is licensed under the Creative Commons Attribution 4.0 International licence (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/). You may share and adapt it if you credit it: “Based on the Huanjiao sample content by the Huanjiao developers, CC BY 4.0”, and say what you changed.</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="31"/>
        <source>Unicode Character Database (Unihan)</source>
        <translation>Unicode Character Database (Unihan)</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="31"/>
        <source>Unicode License Agreement - Data Files and Software</source>
        <translation>Unicode License Agreement - Data Files and Software</translation>
    </message>
</context>
<context>
    <name>huanjiao::AdminPinDialog</name>
    <message>
        <location filename="../../ui/kiosk/AdminPinDialog.cpp" line="25"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdminPinDialog.cpp" line="26"/>
        <source>Enter the admin PIN for the kiosk&apos;s settings or to leave kiosk mode.</source>
        <translation>Enter the admin PIN for the kiosk&apos;s settings or to leave kiosk mode.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdminPinDialog.cpp" line="32"/>
        <source>Admin PIN</source>
        <translation>Admin PIN</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdminPinDialog.cpp" line="45"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdminPinDialog.cpp" line="55"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>huanjiao::ArticleForm</name>
    <message>
        <location filename="../../ui/manager/ArticleForm.cpp" line="13"/>
        <source>Paragraphs separated by a blank line; a line starting with &quot;- &quot; is a bullet</source>
        <translation>Paragraphs separated by a blank line; a line starting with &quot;- &quot; is a bullet</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ArticleForm.cpp" line="16"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ArticleForm.cpp" line="17"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ArticleForm.cpp" line="18"/>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ArticleForm.cpp" line="19"/>
        <location filename="../../ui/manager/ArticleForm.cpp" line="20"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>huanjiao::BasketPanel</name>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="22"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="23"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="24"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="25"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="26"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="27"/>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="30"/>
        <source>Topics in the handout basket</source>
        <translation>Topics in the handout basket</translation>
    </message>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="39"/>
        <source>The basket is empty. Open a topic and choose Add to Basket to print several topics as one handout.</source>
        <translation>The basket is empty. Open a topic and choose Add to Basket to print several topics as one handout.</translation>
    </message>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="43"/>
        <source>Print this topic earlier (Ctrl+Up)</source>
        <translation>Print this topic earlier (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="44"/>
        <source>Print this topic later (Ctrl+Down)</source>
        <translation>Print this topic later (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="45"/>
        <source>Take this topic out of the basket (Delete)</source>
        <translation>Take this topic out of the basket (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="46"/>
        <source>Empty the basket</source>
        <translation>Empty the basket</translation>
    </message>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="47"/>
        <source>Print every topic in the basket as one handout, with a contents list</source>
        <translation>Print every topic in the basket as one handout, with a contents list</translation>
    </message>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="48"/>
        <source>Save every topic in the basket as one PDF, with a contents list</source>
        <translation>Save every topic in the basket as one PDF, with a contents list</translation>
    </message>
</context>
<context>
    <name>huanjiao::BrowserWindow</name>
    <message>
        <location filename="../../ui/browser/BrowserWindow.cpp" line="36"/>
        <source>Huanjiao Patient Education</source>
        <translation>Huanjiao Patient Education</translation>
    </message>
    <message>
        <location filename="../../ui/browser/BrowserWindow.cpp" line="126"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../ui/browser/BrowserWindow.cpp" line="132"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/browser/BrowserWindow.cpp" line="137"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../ui/browser/BrowserWindow.cpp" line="145"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/browser/BrowserWindow.cpp" line="149"/>
        <source>Close tab</source>
        <translation>Close tab</translation>
    </message>
    <message>
        <location filename="../../ui/browser/BrowserWindow.cpp" line="153"/>
        <source>Reopen closed tab</source>
        <translation>Reopen closed tab</translation>
    </message>
    <message>
        <location filename="../../ui/browser/BrowserWindow.cpp" line="157"/>
        <source>New tab</source>
        <translation>New tab</translation>
    </message>
    <message>
        <location filename="../../ui/browser/BrowserWindow.cpp" line="161"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/browser/BrowserWindow.cpp" line="115"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>huanjiao::CandidateModel</name>
    <message>
        <location filename="../../ui/manager/CandidateModel.cpp" line="33"/>
        <source>%1 (this clinic)</source>
        <translation>%1 (this clinic)</translation>
    </message>
</context>
<context>
    <name>huanjiao::ContentManagerLauncher</name>
    <message>
        <location filename="../../app/ContentManagerLauncher.cpp" line="22"/>
        <source>Content &amp;Manager…</source>
        <translation>Content &amp;Manager…</translation>
    </message>
    <message>
        <location filename="../../app/ContentManagerLauncher.cpp" line="25"/>
        <source>Edit the clinic&apos;s own content in the content manager</source>
        <translation>Edit the clinic&apos;s own content in the content manager</translation>
    </message>
    <message>
        <location filename="../../app/ContentManagerLauncher.cpp" line="43"/>
        <location filename="../../app/ContentManagerLauncher.cpp" line="50"/>
        <source>Content Manager</source>
        <translation>Content Manager</translation>
    </message>
    <message>
        <location filename="../../app/ContentManagerLauncher.cpp" line="44"/>
        <source>The content manager (%1) is not installed. It comes with the huanjiao package; ask whoever looks after this computer to install it.</source>
        <translation>The content manager (%1) is not installed. It comes with the huanjiao package; ask whoever looks after this computer to install it.</translation>
    </message>
    <message>
        <location filename="../../app/ContentManagerLauncher.cpp" line="51"/>
        <source>The content manager (%1) could not be started.</source>
        <translation>The content manager (%1) could not be started.</translation>
    </message>
</context>
<context>
    <name>huanjiao::CrisisCard</name>
    <message>
        <location filename="../../ui/search/CrisisCard.cpp" line="24"/>
        <source>Help now</source>
        <translation>Help now</translation>
    </message>
    <message>
        <location filename="../../ui/search/CrisisCard.cpp" line="68"/>
        <source>Read more about getting help</source>
        <translation>Read more about getting help</translation>
    </message>
    <message>
        <location filename="../../ui/search/CrisisCard.cpp" line="69"/>
        <source>Read about the warning signs</source>
        <translation>Read about the warning signs</translation>
    </message>
</context>
<context>
    <name>huanjiao::DepartmentBrowser</name>
    <message>
        <location filename="../../ui/browser/DepartmentBrowser.cpp" line="50"/>
        <source>Kind of entries in this department</source>
        <translation>Kind of entries in this department</translation>
    </message>
</context>
<context>
    <name>huanjiao::DepartmentDrillDown</name>
    <message>
        <location filename="../../ui/kiosk/DepartmentDrillDown.cpp" line="19"/>
        <source>← All departments</source>
        <translation>← All departments</translation>
    </message>
</context>
<context>
    <name>huanjiao::DoctorForm</name>
    <message>
        <location filename="../../ui/manager/DoctorForm.cpp" line="31"/>
        <source>e.g. botulinum toxin injection for hemifacial spasm</source>
        <translation>e.g. botulinum toxin injection for hemifacial spasm</translation>
    </message>
    <message>
        <location filename="../../ui/manager/DoctorForm.cpp" line="34"/>
        <source>A few sentences about the doctor, and when she sees patients</source>
        <translation>A few sentences about the doctor, and when she sees patients</translation>
    </message>
</context>
<context>
    <name>huanjiao::DocumentTabs</name>
    <message>
        <location filename="../../ui/browser/DocumentTabs.cpp" line="32"/>
        <source>Open pages</source>
        <translation>Open pages</translation>
    </message>
</context>
<context>
    <name>huanjiao::EntityListView</name>
    <message>
        <location filename="../../ui/browser/EntityListView.cpp" line="69"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/browser/EntityListView.cpp" line="70"/>
        <source>Open in new tab</source>
        <translation>Open in new tab</translation>
    </message>
</context>
<context>
    <name>huanjiao::HandoutActions</name>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="84"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="37"/>
        <source>Handout Basket</source>
        <translation>Handout Basket</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="54"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="56"/>
        <source>Print this page as a handout, with a preview (Ctrl+P)</source>
        <translation>Print this page as a handout, with a preview (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="63"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="65"/>
        <source>Save this page as a handout PDF</source>
        <translation>Save this page as a handout PDF</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="72"/>
        <source>Add to &amp;Basket</source>
        <translation>Add to &amp;Basket</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="74"/>
        <source>Collect this page for a handout of several topics</source>
        <translation>Collect this page for a handout of several topics</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="80"/>
        <source>Handout &amp;Settings…</source>
        <translation>Handout &amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="92"/>
        <source>Handout</source>
        <translation>Handout</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="118"/>
        <source>Print this page as a handout</source>
        <translation>Print this page as a handout</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="147"/>
        <source>%1 is in the handout basket already.</source>
        <translation>%1 is in the handout basket already.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/handout/HandoutActions.cpp" line="151"/>
        <source>Added %1 to the handout basket (%n topic(s)).</source>
        <translation>
            <numerusform>Added %1 to the handout basket (%n topic).</numerusform>
            <numerusform>Added %1 to the handout basket (%n topics).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="159"/>
        <source>Add to Handout Basket</source>
        <translation>Add to Handout Basket</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="78"/>
        <source>Show Handout Bas&amp;ket</source>
        <translation>Show Handout Bas&amp;ket</translation>
    </message>
</context>
<context>
    <name>huanjiao::HandoutChoicePanel</name>
    <message>
        <location filename="../../ui/handout/HandoutChoicePanel.cpp" line="14"/>
        <source>&amp;Full handout</source>
        <translation>&amp;Full handout</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutChoicePanel.cpp" line="15"/>
        <source>&amp;One-page summary</source>
        <translation>&amp;One-page summary</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutChoicePanel.cpp" line="23"/>
        <source>Every section of the topic, with questions to ask and lines for the answers.</source>
        <translation>Every section of the topic, with questions to ask and lines for the answers.</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutChoicePanel.cpp" line="24"/>
        <source>What it is, what to do and the emergency signs, on one page.</source>
        <translation>What it is, what to do and the emergency signs, on one page.</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutChoicePanel.cpp" line="29"/>
        <source>For example: next appointment, what to bring, an instruction for this patient.</source>
        <translation>For example: next appointment, what to bring, an instruction for this patient.</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutChoicePanel.cpp" line="31"/>
        <source>&amp;Note for the patient</source>
        <translation>&amp;Note for the patient</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutChoicePanel.cpp" line="33"/>
        <source>Printed in a box under the title with today&apos;s date. It is not saved anywhere and is cleared when this window closes.</source>
        <translation>Printed in a box under the title with today&apos;s date. It is not saved anywhere and is cleared when this window closes.</translation>
    </message>
</context>
<context>
    <name>huanjiao::HandoutCounts</name>
    <message>
        <location filename="../../ui/handout/HandoutCounts.cpp" line="33"/>
        <source>Handout &amp;Counts</source>
        <translation>Handout &amp;Counts</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutCounts.cpp" line="36"/>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Export as CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutCounts.cpp" line="37"/>
        <source>&amp;Clear…</source>
        <translation>&amp;Clear…</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutCounts.cpp" line="59"/>
        <source>Counts not saved</source>
        <translation>Counts not saved</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutCounts.cpp" line="60"/>
        <source>Cannot write %1: %2. Choose another folder, for example your Documents folder.</source>
        <translation>Cannot write %1: %2. Choose another folder, for example your Documents folder.</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutCounts.cpp" line="69"/>
        <source>Saved the handout counts to %1.</source>
        <translation>Saved the handout counts to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutCounts.cpp" line="76"/>
        <source>handout-counts-%1.csv</source>
        <translation>handout-counts-%1.csv</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutCounts.cpp" line="77"/>
        <source>Export handout counts</source>
        <translation>Export handout counts</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutCounts.cpp" line="78"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutCounts.cpp" line="89"/>
        <source>Clear handout counts</source>
        <translation>Clear handout counts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/handout/HandoutCounts.cpp" line="90"/>
        <source>Delete all %n count(s) of handouts given out? Export them first if the clinic needs them.</source>
        <translation>
            <numerusform>Delete the %n count of handouts given out? Export it first if the clinic needs it.</numerusform>
            <numerusform>Delete all %n counts of handouts given out? Export them first if the clinic needs them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutCounts.cpp" line="96"/>
        <source>Cleared the handout counts.</source>
        <translation>Cleared the handout counts.</translation>
    </message>
</context>
<context>
    <name>huanjiao::HandoutHeaderForm</name>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="30"/>
        <source>Printed at the top of every page</source>
        <translation>Printed at the top of every page</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="36"/>
        <source>Clinic &amp;name:</source>
        <translation>Clinic &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="37"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="38"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="43"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="47"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="55"/>
        <source>&amp;QR code link:</source>
        <translation>&amp;QR code link:</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="92"/>
        <source>Choose the clinic&apos;s logo</source>
        <translation>Choose the clinic&apos;s logo</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="94"/>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="108"/>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="108"/>
        <source>Not an image that can be read</source>
        <translation>Not an image that can be read</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="122"/>
        <source>The QR code on each handout leads here; {id} becomes the topic&apos;s id, for example hemifacial-spasm. Without a link the handouts have no QR code: a phone cannot open the program&apos;s own addresses.</source>
        <translation>The QR code on each handout leads here; {id} becomes the topic&apos;s id, for example hemifacial-spasm. Without a link the handouts have no QR code: a phone cannot open the program&apos;s own addresses.</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="131"/>
        <source>The QR code link must contain {id}, where each topic&apos;s id goes, for example https://clinic.example/t/{id}.</source>
        <translation>The QR code link must contain {id}, where each topic&apos;s id goes, for example https://clinic.example/t/{id}.</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="140"/>
        <source>%1 cannot be read as an image. Choose a PNG or JPEG file, or leave the logo empty.</source>
        <translation>%1 cannot be read as an image. Choose a PNG or JPEG file, or leave the logo empty.</translation>
    </message>
</context>
<context>
    <name>huanjiao::HandoutHeaderPage</name>
    <message>
        <location filename="../../ui/manager/HandoutHeaderPage.cpp" line="18"/>
        <source>&amp;Save the header</source>
        <translation>&amp;Save the header</translation>
    </message>
    <message>
        <location filename="../../ui/manager/HandoutHeaderPage.cpp" line="24"/>
        <source>Printed at the top of every handout, at this desk and in the browser&apos;s print and export. Saved for this computer&apos;s user; a kiosk&apos;s own staff settings keep its own.</source>
        <translation>Printed at the top of every handout, at this desk and in the browser&apos;s print and export. Saved for this computer&apos;s user; a kiosk&apos;s own staff settings keep its own.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/HandoutHeaderPage.cpp" line="40"/>
        <source>Not saved yet.</source>
        <translation>Not saved yet.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/HandoutHeaderPage.cpp" line="58"/>
        <source>The header could not be saved to %1.</source>
        <translation>The header could not be saved to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/HandoutHeaderPage.cpp" line="62"/>
        <source>Saved. The next handout printed here carries this header.</source>
        <translation>Saved. The next handout printed here carries this header.</translation>
    </message>
</context>
<context>
    <name>huanjiao::HandoutSettingsDialog</name>
    <message>
        <location filename="../../ui/handout/HandoutSettingsDialog.cpp" line="24"/>
        <source>Handout Settings</source>
        <translation>Handout Settings</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutSettingsDialog.cpp" line="30"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutSettingsDialog.cpp" line="31"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutSettingsDialog.cpp" line="35"/>
        <source>Pa&amp;per:</source>
        <translation>Pa&amp;per:</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutSettingsDialog.cpp" line="21"/>
        <source>&amp;Count the handouts given out (topic, kind and date only)</source>
        <translation>&amp;Count the handouts given out (topic, kind and date only)</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutSettingsDialog.cpp" line="28"/>
        <source>For the clinic&apos;s records: which topics patients take home. Never a note or anything about the patient. Export or clear the counts from the File menu.</source>
        <translation>For the clinic&apos;s records: which topics patients take home. Never a note or anything about the patient. Export or clear the counts from the File menu.</translation>
    </message>
</context>
<context>
    <name>huanjiao::HospitalForm</name>
    <message>
        <location filename="../../ui/manager/HospitalForm.cpp" line="13"/>
        <source>Address, phone and opening hours, as patients should read them</source>
        <translation>Address, phone and opening hours, as patients should read them</translation>
    </message>
</context>
<context>
    <name>huanjiao::IdleCountdownOverlay</name>
    <message>
        <location filename="../../ui/kiosk/IdleCountdownOverlay.cpp" line="21"/>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/IdleCountdownOverlay.cpp" line="37"/>
        <source>The screen starts over for the next visitor.</source>
        <translation>The screen starts over for the next visitor.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/IdleCountdownOverlay.cpp" line="40"/>
        <source>Touch the screen to keep reading.</source>
        <translation>Touch the screen to keep reading.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/IdleCountdownOverlay.cpp" line="69"/>
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>huanjiao::KindBrowser</name>
    <message>
        <location filename="../../ui/browser/KindBrowser.cpp" line="45"/>
        <source>Browse by kind</source>
        <translation>Browse by kind</translation>
    </message>
</context>
<context>
    <name>huanjiao::KindChooser</name>
    <message>
        <location filename="../../ui/kiosk/KindChooser.cpp" line="21"/>
        <source>Browse by kind</source>
        <translation>Browse by kind</translation>
    </message>
</context>
<context>
    <name>huanjiao::KindListPage</name>
    <message>
        <location filename="../../ui/browser/KindListPage.cpp" line="40"/>
        <source>Filter by department</source>
        <translation>Filter by department</translation>
    </message>
    <message>
        <location filename="../../ui/browser/KindListPage.cpp" line="41"/>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../ui/browser/KindListPage.cpp" line="54"/>
        <location filename="../../ui/browser/KindListPage.cpp" line="55"/>
        <source>Sort order</source>
        <translation>Sort order</translation>
    </message>
    <message>
        <location filename="../../ui/browser/KindListPage.cpp" line="126"/>
        <source>Z-A</source>
        <translation>Z-A</translation>
    </message>
    <message>
        <location filename="../../ui/browser/KindListPage.cpp" line="126"/>
        <source>A-Z</source>
        <translation>A-Z</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/browser/KindListPage.cpp" line="128"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>huanjiao::KindPage</name>
    <message>
        <location filename="../../ui/manager/KindPage.cpp" line="25"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/manager/KindPage.cpp" line="26"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/manager/KindPage.cpp" line="27"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/manager/KindPage.cpp" line="37"/>
        <source>This clinic&apos;s %1</source>
        <translation>This clinic&apos;s %1</translation>
    </message>
    <message>
        <location filename="../../ui/manager/KindPage.cpp" line="112"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/KindPage.cpp" line="129"/>
        <source>Removed %1. Undo (Ctrl+Z) brings it back.</source>
        <translation>Removed %1. Undo (Ctrl+Z) brings it back.</translation>
    </message>
</context>
<context>
    <name>huanjiao::KioskController</name>
    <message numerus="yes">
        <location filename="../../ui/kiosk/KioskController.cpp" line="453"/>
        <source>Wrong PIN. Try again in %n second(s).</source>
        <translation>
            <numerusform>Wrong PIN. Try again in %n second.</numerusform>
            <numerusform>Wrong PIN. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>huanjiao::KioskHomePage</name>
    <message>
        <location filename="../../ui/kiosk/KioskHomePage.cpp" line="61"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/KioskHomePage.cpp" line="96"/>
        <source>Huanjiao patient education</source>
        <translation>Huanjiao patient education</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/KioskHomePage.cpp" line="99"/>
        <source>Search for a condition, medicine or doctor</source>
        <translation>Search for a condition, medicine or doctor</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/KioskHomePage.cpp" line="151"/>
        <source>Common topics</source>
        <translation>Common topics</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/KioskHomePage.cpp" line="76"/>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/KioskHomePage.cpp" line="97"/>
        <source>Touch a picture or a word to find a topic, or search with the keyboard.</source>
        <translation>Touch a picture or a word to find a topic, or search with the keyboard.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/KioskHomePage.cpp" line="123"/>
        <source>Where does it trouble you?</source>
        <translation>Where does it trouble you?</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/KioskHomePage.cpp" line="133"/>
        <source>Ask about a symptom</source>
        <translation>Ask about a symptom</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/KioskHomePage.cpp" line="134"/>
        <source>Touch what you feel: the conditions it may belong to appear in the list.</source>
        <translation>Touch what you feel: the conditions it may belong to appear in the list.</translation>
    </message>
</context>
<context>
    <name>huanjiao::KioskLayout</name>
    <message>
        <location filename="../../ui/kiosk/KioskLayout.cpp" line="37"/>
        <source>Pinyin initials or Chinese</source>
        <translation>Pinyin initials or Chinese</translation>
    </message>
</context>
<context>
    <name>huanjiao::LeafletForm</name>
    <message>
        <location filename="../../ui/manager/LeafletForm.cpp" line="10"/>
        <source>e.g. 胃镜检查前准备</source>
        <translation>e.g. 胃镜检查前准备</translation>
    </message>
    <message>
        <location filename="../../ui/manager/LeafletForm.cpp" line="12"/>
        <source>Paragraphs separated by a blank line; a line starting with &quot;- &quot; is a bullet</source>
        <translation>Paragraphs separated by a blank line; a line starting with &quot;- &quot; is a bullet</translation>
    </message>
    <message>
        <location filename="../../ui/manager/LeafletForm.cpp" line="17"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/manager/LeafletForm.cpp" line="18"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/manager/LeafletForm.cpp" line="19"/>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <location filename="../../ui/manager/LeafletForm.cpp" line="20"/>
        <location filename="../../ui/manager/LeafletForm.cpp" line="21"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>huanjiao::LetterBar</name>
    <message>
        <location filename="../../ui/browser/LetterBar.cpp" line="16"/>
        <source>Index by pinyin initial</source>
        <translation>Index by pinyin initial</translation>
    </message>
    <message>
        <location filename="../../ui/browser/LetterBar.cpp" line="31"/>
        <source>Other initials</source>
        <translation>Other initials</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/browser/LetterBar.cpp" line="47"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/browser/LetterBar.cpp" line="47"/>
        <source>No entries</source>
        <translation>No entries</translation>
    </message>
</context>
<context>
    <name>huanjiao::LinkPicker</name>
    <message>
        <location filename="../../ui/manager/LinkPicker.cpp" line="19"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/manager/LinkPicker.cpp" line="19"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/manager/LinkPicker.cpp" line="20"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/manager/LinkPicker.cpp" line="20"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>huanjiao::LinkPickerDialog</name>
    <message>
        <location filename="../../ui/manager/LinkPickerDialog.cpp" line="25"/>
        <source>Choose: %1</source>
        <translation>Choose: %1</translation>
    </message>
    <message>
        <location filename="../../ui/manager/LinkPickerDialog.cpp" line="29"/>
        <source>Search by name, pinyin or initials</source>
        <translation>Search by name, pinyin or initials</translation>
    </message>
    <message>
        <location filename="../../ui/manager/LinkPickerDialog.cpp" line="37"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../ui/manager/LinkPickerDialog.cpp" line="50"/>
        <source>Ctrl+click to choose several.</source>
        <translation>Ctrl+click to choose several.</translation>
    </message>
</context>
<context>
    <name>huanjiao::ManagerWindow</name>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="45"/>
        <source>Content Manager — Huanjiao</source>
        <translation>Content Manager — Huanjiao</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="57"/>
        <source>Handout header</source>
        <translation>Handout header</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="58"/>
        <source>Handout header saved.</source>
        <translation>Handout header saved.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="67"/>
        <source>Publishing</source>
        <translation>Publishing</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="80"/>
        <source>Changes are saved at once to %1; patients see them after Publish.</source>
        <translation>Changes are saved at once to %1; patients see them after Publish.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="99"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="100"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="101"/>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="105"/>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="115"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="115"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="120"/>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="125"/>
        <source>P&amp;ublish</source>
        <translation>P&amp;ublish</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="146"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="163"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>huanjiao::OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/kiosk/OnScreenKeyboard.cpp" line="25"/>
        <source>On-screen keyboard</source>
        <translation>On-screen keyboard</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/OnScreenKeyboard.cpp" line="43"/>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/OnScreenKeyboard.cpp" line="44"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/OnScreenKeyboard.cpp" line="49"/>
        <location filename="../../ui/kiosk/OnScreenKeyboard.cpp" line="80"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/OnScreenKeyboard.cpp" line="50"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/OnScreenKeyboard.cpp" line="50"/>
        <source>Open the first result</source>
        <translation>Open the first result</translation>
    </message>
</context>
<context>
    <name>huanjiao::OpenErrorDialog</name>
    <message>
        <location filename="../../ui/browser/OpenErrorDialog.cpp" line="9"/>
        <source>Cannot open the content</source>
        <translation>Cannot open the content</translation>
    </message>
</context>
<context>
    <name>huanjiao::PageView</name>
    <message>
        <location filename="../../ui/browser/PageView.cpp" line="448"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/browser/PageView.cpp" line="449"/>
        <source>Open in new tab</source>
        <translation>Open in new tab</translation>
    </message>
    <message>
        <location filename="../../ui/browser/PageView.cpp" line="454"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/browser/PageView.cpp" line="456"/>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
</context>
<context>
    <name>huanjiao::PersonalActions</name>
    <message>
        <location filename="../../ui/personal/PersonalActions.cpp" line="36"/>
        <source>Bookmarks and History</source>
        <translation>Bookmarks and History</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalActions.cpp" line="62"/>
        <source>&amp;Bookmark This Page</source>
        <translation>&amp;Bookmark This Page</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalActions.cpp" line="66"/>
        <source>Bookmark this page, or remove its bookmark (Ctrl+D)</source>
        <translation>Bookmark this page, or remove its bookmark (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalActions.cpp" line="69"/>
        <source>Bookmarks and &amp;History</source>
        <translation>Bookmarks and &amp;History</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalActions.cpp" line="111"/>
        <source>Removed the bookmark for %1.</source>
        <translation>Removed the bookmark for %1.</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalActions.cpp" line="115"/>
        <source>Bookmarked %1.</source>
        <translation>Bookmarked %1.</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalActions.cpp" line="127"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/personal/PersonalActions.cpp" line="130"/>
        <source>Saved %n bookmark(s) to %1.</source>
        <translation>
            <numerusform>Saved %n bookmark to %1.</numerusform>
            <numerusform>Saved %n bookmarks to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalActions.cpp" line="138"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/personal/PersonalActions.cpp" line="145"/>
        <source>Added %n bookmark(s).</source>
        <translation>
            <numerusform>Added %n bookmark.</numerusform>
            <numerusform>Added %n bookmarks.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalActions.cpp" line="153"/>
        <source>Export Bookmarks</source>
        <translation>Export Bookmarks</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalActions.cpp" line="155"/>
        <location filename="../../ui/personal/PersonalActions.cpp" line="164"/>
        <source>Bookmarks (*.json)</source>
        <translation>Bookmarks (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalActions.cpp" line="164"/>
        <source>Import Bookmarks</source>
        <translation>Import Bookmarks</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalActions.cpp" line="188"/>
        <source>Bookmarks</source>
        <translation>Bookmarks</translation>
    </message>
</context>
<context>
    <name>huanjiao::PersonalPanel</name>
    <message>
        <location filename="../../ui/personal/PersonalPanel.cpp" line="17"/>
        <source>Bookmarks</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalPanel.cpp" line="18"/>
        <source>Recently viewed</source>
        <translation>Recently viewed</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalPanel.cpp" line="19"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalPanel.cpp" line="20"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalPanel.cpp" line="21"/>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalPanel.cpp" line="23"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalPanel.cpp" line="24"/>
        <source>Remove the selected bookmark</source>
        <translation>Remove the selected bookmark</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalPanel.cpp" line="25"/>
        <source>Save the bookmarks to a JSON file</source>
        <translation>Save the bookmarks to a JSON file</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalPanel.cpp" line="26"/>
        <source>Add the bookmarks of a JSON file</source>
        <translation>Add the bookmarks of a JSON file</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalPanel.cpp" line="27"/>
        <source>Forget the recently viewed pages</source>
        <translation>Forget the recently viewed pages</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalPanel.cpp" line="29"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Bookmarks</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalPanel.cpp" line="31"/>
        <source>Recently &amp;viewed</source>
        <translation>Recently &amp;viewed</translation>
    </message>
</context>
<context>
    <name>huanjiao::PreviewPanel</name>
    <message>
        <location filename="../../ui/manager/PreviewPanel.cpp" line="69"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../ui/manager/PreviewPanel.cpp" line="70"/>
        <source>Handout</source>
        <translation>Handout</translation>
    </message>
    <message>
        <location filename="../../ui/manager/PreviewPanel.cpp" line="72"/>
        <source>Preview shows the record chosen as the kiosk will show it.</source>
        <translation>Preview shows the record chosen as the kiosk will show it.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/PreviewPanel.cpp" line="85"/>
        <source>Building the preview…</source>
        <translation>Building the preview…</translation>
    </message>
    <message>
        <location filename="../../ui/manager/PreviewPanel.cpp" line="97"/>
        <location filename="../../ui/manager/PreviewPanel.cpp" line="120"/>
        <source>No preview: %1</source>
        <translation>No preview: %1</translation>
    </message>
    <message>
        <location filename="../../ui/manager/PreviewPanel.cpp" line="119"/>
        <source>Preview of %1, as it will be published.</source>
        <translation>Preview of %1, as it will be published.</translation>
    </message>
</context>
<context>
    <name>huanjiao::PrintController</name>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="66"/>
        <source>Page not found</source>
        <translation>Page not found</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="67"/>
        <source>There is no page %1 in this content database, so nothing was printed. It may have been removed in a content update; remove it from the basket and try again.</source>
        <translation>There is no page %1 in this content database, so nothing was printed. It may have been removed in a content update; remove it from the basket and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="94"/>
        <source>Handout %1</source>
        <translation>Handout %1</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="122"/>
        <source>Printing failed</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="123"/>
        <source>The printer reported an error and the handout may not have printed completely. Check that the printer is switched on, connected and has paper, then print again, or export a PDF instead.</source>
        <translation>The printer reported an error and the handout may not have printed completely. Check that the printer is switched on, connected and has paper, then print again, or export a PDF instead.</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="208"/>
        <source>No printer</source>
        <translation>No printer</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="151"/>
        <source>Print preview: %1</source>
        <translation>Print preview: %1</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="187"/>
        <location filename="../../ui/handout/PrintController.cpp" line="232"/>
        <source>Sent %1 to the printer.</source>
        <translation>Sent %1 to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="200"/>
        <source>Printing is off</source>
        <translation>Printing is off</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="201"/>
        <source>Printing is switched off here. Please ask at the reception desk for a printed copy.</source>
        <translation>Printing is switched off here. Please ask at the reception desk for a printed copy.</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="209"/>
        <source>No printer is connected here, so this cannot be printed. Please ask at the reception desk for a printed copy.</source>
        <translation>No printer is connected here, so this cannot be printed. Please ask at the reception desk for a printed copy.</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="277"/>
        <source>Export handout as PDF</source>
        <translation>Export handout as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="279"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="301"/>
        <source>PDF not saved</source>
        <translation>PDF not saved</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/handout/PrintController.cpp" line="307"/>
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="258"/>
        <source>Export handout: %1</source>
        <translation>Export handout: %1</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="261"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="184"/>
        <source>No printer is installed: saved %1 as a PDF to print elsewhere.</source>
        <translation>No printer is installed: saved %1 as a PDF to print elsewhere.</translation>
    </message>
</context>
<context>
    <name>huanjiao::PublishReport</name>
    <message>
        <location filename="../../ui/manager/PublishReport.cpp" line="12"/>
        <source>Not published yet in this session.</source>
        <translation>Not published yet in this session.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/PublishReport.cpp" line="25"/>
        <source>Publishing…</source>
        <translation>Publishing…</translation>
    </message>
</context>
<context>
    <name>huanjiao::ReadAloud</name>
    <message>
        <location filename="../../ui/browser/ReadAloud.cpp" line="32"/>
        <source>Reading aloud stopped: %1</source>
        <translation>Reading aloud stopped: %1</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ReadAloud.cpp" line="44"/>
        <source>&amp;Read Aloud</source>
        <translation>&amp;Read Aloud</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ReadAloud.cpp" line="46"/>
        <source>Read the selected text, or the whole page, aloud (Ctrl+Shift+R)</source>
        <translation>Read the selected text, or the whole page, aloud (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ReadAloud.cpp" line="48"/>
        <source>&amp;Pause Reading</source>
        <translation>&amp;Pause Reading</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ReadAloud.cpp" line="51"/>
        <source>Pause reading aloud, or go on (Ctrl+Shift+Space)</source>
        <translation>Pause reading aloud, or go on (Ctrl+Shift+Space)</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ReadAloud.cpp" line="54"/>
        <source>S&amp;top Reading</source>
        <translation>S&amp;top Reading</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ReadAloud.cpp" line="56"/>
        <source>Stop reading aloud (Ctrl+Shift+.)</source>
        <translation>Stop reading aloud (Ctrl+Shift+.)</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ReadAloud.cpp" line="69"/>
        <source>Read Aloud</source>
        <translation>Read Aloud</translation>
    </message>
</context>
<context>
    <name>huanjiao::RecordForm</name>
    <message>
        <location filename="../../ui/manager/RecordForm.cpp" line="95"/>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
</context>
<context>
    <name>huanjiao::RecordListModel</name>
    <message>
        <location filename="../../ui/manager/RecordListModel.cpp" line="57"/>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>huanjiao::SearchBox</name>
    <message>
        <location filename="../../ui/search/SearchBox.cpp" line="13"/>
        <source>Clear search</source>
        <translation>Clear search</translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchBox.cpp" line="24"/>
        <source>Search conditions, doctors, drugs… (pinyin and initials work too)</source>
        <translation>Search conditions, doctors, drugs… (pinyin and initials work too)</translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchBox.cpp" line="25"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>huanjiao::SearchResultsModel</name>
    <message>
        <location filename="../../ui/search/SearchResultsModel.cpp" line="73"/>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchResultsModel.cpp" line="74"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchResultsModel.cpp" line="89"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>huanjiao::SetAdminPinCommand</name>
    <message>
        <location filename="../../app/SetAdminPinCommand.cpp" line="66"/>
        <source>New admin PIN (%1 to %2 digits): </source>
        <translation>New admin PIN (%1 to %2 digits): </translation>
    </message>
    <message>
        <location filename="../../app/SetAdminPinCommand.cpp" line="67"/>
        <source>The same PIN again: </source>
        <translation>The same PIN again: </translation>
    </message>
    <message>
        <location filename="../../app/SetAdminPinCommand.cpp" line="68"/>
        <source>No PIN given; nothing changed.</source>
        <translation>No PIN given; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../app/SetAdminPinCommand.cpp" line="72"/>
        <source>The two PINs differ; nothing changed.</source>
        <translation>The two PINs differ; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../app/SetAdminPinCommand.cpp" line="76"/>
        <source>No PIN on standard input; nothing changed. Give it as one line, or run this on a terminal.</source>
        <translation>No PIN on standard input; nothing changed. Give it as one line, or run this on a terminal.</translation>
    </message>
    <message>
        <location filename="../../app/SetAdminPinCommand.cpp" line="84"/>
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../app/SetAdminPinCommand.cpp" line="87"/>
        <source>The admin PIN is set (kept as a salted Argon2id hash in %1, readable by you only).</source>
        <translation>The admin PIN is set (kept as a salted Argon2id hash in %1, readable by you only).</translation>
    </message>
</context>
<context>
    <name>huanjiao::SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="51"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="53"/>
        <source>Settings pages</source>
        <translation>Settings pages</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="54"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="55"/>
        <source>&amp;Kiosk</source>
        <translation>&amp;Kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="90"/>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="101"/>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="93"/>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="98"/>
        <source>Type size of pages, in percent</source>
        <translation>Type size of pages, in percent</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="102"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="103"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="104"/>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="105"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="107"/>
        <source>The database installed with Huanjiao</source>
        <translation>The database installed with Huanjiao</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="108"/>
        <source>Content database</source>
        <translation>Content database</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="109"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="110"/>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="411"/>
        <source>Choose the content database</source>
        <translation>Choose the content database</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="116"/>
        <source>Clinic details for handouts…</source>
        <translation>Clinic details for handouts…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="117"/>
        <source>Clinic details for handouts</source>
        <translation>Clinic details for handouts</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="121"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="122"/>
        <source>&amp;Type size:</source>
        <translation>&amp;Type size:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="123"/>
        <source>T&amp;heme:</source>
        <translation>T&amp;heme:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="124"/>
        <source>Content &amp;database:</source>
        <translation>Content &amp;database:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="130"/>
        <source>A new language or database takes effect when Huanjiao is started again.</source>
        <translation>A new language or database takes effect when Huanjiao is started again.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="149"/>
        <source>For a waiting-room kiosk started with huanjiao --kiosk. These take effect the next time the kiosk is started; on the kiosk, staff change them behind the admin PIN (hold the top right corner), and there they apply at once.</source>
        <translation>For a waiting-room kiosk started with huanjiao --kiosk. These take effect the next time the kiosk is started; on the kiosk, staff change them behind the admin PIN (hold the top right corner), and there they apply at once.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="155"/>
        <source>s</source>
        <comment>seconds</comment>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="162"/>
        <source>Idle time before the countdown, in seconds</source>
        <translation>Idle time before the countdown, in seconds</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="169"/>
        <source>Length of the countdown before the kiosk resets, in seconds</source>
        <translation>Length of the countdown before the kiosk resets, in seconds</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="172"/>
        <source>Straight to the default printer, no dialog</source>
        <translation>Straight to the default printer, no dialog</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="173"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="176"/>
        <source>Kiosk printing</source>
        <translation>Kiosk printing</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="180"/>
        <source>pt</source>
        <comment>points of type size</comment>
        <translation>pt</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="183"/>
        <source>Kiosk type size, in points</source>
        <translation>Kiosk type size, in points</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="231"/>
        <source>An admin PIN is set. Type a new one twice to change it.</source>
        <translation>An admin PIN is set. Type a new one twice to change it.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="244"/>
        <source>No admin PIN is set: the kiosk cannot be left from the screen. Type one twice to set it.</source>
        <translation>No admin PIN is set: the kiosk cannot be left from the screen. Type one twice to set it.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="205"/>
        <source>New admin PIN</source>
        <translation>New admin PIN</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="206"/>
        <source>%1 to %2 digits</source>
        <translation>%1 to %2 digits</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="207"/>
        <source>New admin PIN again</source>
        <translation>New admin PIN again</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="208"/>
        <source>The same PIN again</source>
        <translation>The same PIN again</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="211"/>
        <source>&amp;Idle time before the countdown:</source>
        <translation>&amp;Idle time before the countdown:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="212"/>
        <source>&amp;Countdown:</source>
        <translation>&amp;Countdown:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="213"/>
        <source>&amp;Printing:</source>
        <translation>&amp;Printing:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="214"/>
        <source>Kiosk type si&amp;ze:</source>
        <translation>Kiosk type si&amp;ze:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="215"/>
        <source>Admin PIN:</source>
        <translation>Admin PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="216"/>
        <source>&amp;New admin PIN:</source>
        <translation>&amp;New admin PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="217"/>
        <source>&amp;Repeat the PIN:</source>
        <translation>&amp;Repeat the PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="347"/>
        <source>The two admin PINs are not the same. Type the new PIN in both fields, or leave both empty to keep the PIN as it is.</source>
        <translation>The two admin PINs are not the same. Type the new PIN in both fields, or leave both empty to keep the PIN as it is.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="356"/>
        <source>There is no content database at %1. Choose the huanjiao.sqlite file, or leave the field empty.</source>
        <translation>There is no content database at %1. Choose the huanjiao.sqlite file, or leave the field empty.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="403"/>
        <source>Cannot write the settings file %1.</source>
        <translation>Cannot write the settings file %1.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="412"/>
        <source>Content databases (*.sqlite)</source>
        <translation>Content databases (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="251"/>
        <source>Numbers on the crisis card</source>
        <translation>Numbers on the crisis card</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="263"/>
        <source>Mental-health line</source>
        <translation>Mental-health line</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="265"/>
        <source>Ambulance number</source>
        <translation>Ambulance number</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="267"/>
        <source>Police number</source>
        <translation>Police number</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="271"/>
        <source>Shown when a search signals thoughts of suicide or a medical emergency. A field left empty gives the national number.</source>
        <translation>Shown when a search signals thoughts of suicide or a medical emergency. A field left empty gives the national number.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="277"/>
        <source>&amp;Mental-health line:</source>
        <translation>&amp;Mental-health line:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="278"/>
        <source>&amp;Ambulance:</source>
        <translation>&amp;Ambulance:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="279"/>
        <source>P&amp;olice:</source>
        <translation>P&amp;olice:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="309"/>
        <source>%1 is not a telephone number: write 3 to 15 digits (spaces, dashes and a leading + are allowed), or leave the field empty for the national number.</source>
        <translation>%1 is not a telephone number: write 3 to 15 digits (spaces, dashes and a leading + are allowed), or leave the field empty for the national number.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="233"/>
        <source>The admin PIN set by an earlier version of Huanjiao no longer unlocks the kiosk: it was kept where every user of this computer could read it, and it may be shorter than %1 digits. Type a new PIN of %1 to %2 digits twice to replace it.</source>
        <translation>The admin PIN set by an earlier version of Huanjiao no longer unlocks the kiosk: it was kept where every user of this computer could read it, and it may be shorter than %1 digits. Type a new PIN of %1 to %2 digits twice to replace it.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="239"/>
        <source>The admin PIN file can be read or changed by other users, so it is not used and the kiosk cannot be left from the screen. Type a new PIN twice to replace it.</source>
        <translation>The admin PIN file can be read or changed by other users, so it is not used and the kiosk cannot be left from the screen. Type a new PIN twice to replace it.</translation>
    </message>
</context>
<context>
    <name>huanjiao::SheetActions</name>
    <message>
        <location filename="../../ui/manager/SheetActions.cpp" line="18"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/SheetActions.cpp" line="28"/>
        <source>&amp;Import Spreadsheet…</source>
        <translation>&amp;Import Spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../ui/manager/SheetActions.cpp" line="31"/>
        <source>Import %1 from a spreadsheet</source>
        <translation>Import %1 from a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/manager/SheetActions.cpp" line="35"/>
        <source>&amp;Export Spreadsheet…</source>
        <translation>&amp;Export Spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../ui/manager/SheetActions.cpp" line="37"/>
        <source>Export %1 to a spreadsheet</source>
        <translation>Export %1 to a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/manager/SheetActions.cpp" line="42"/>
        <source>Save a Spreadsheet &amp;Template…</source>
        <translation>Save a Spreadsheet &amp;Template…</translation>
    </message>
    <message>
        <location filename="../../ui/manager/SheetActions.cpp" line="44"/>
        <source>Template for %1</source>
        <translation>Template for %1</translation>
    </message>
    <message>
        <location filename="../../ui/manager/SheetActions.cpp" line="45"/>
        <source>%1 template</source>
        <translation>%1 template</translation>
    </message>
    <message>
        <location filename="../../ui/manager/SheetActions.cpp" line="66"/>
        <source>Nothing imported: %1</source>
        <translation>Nothing imported: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/manager/SheetActions.cpp" line="72"/>
        <source>Nothing imported from %1: %n problem(s), listed by row and column. Correct the sheet and import it again.</source>
        <translation>
            <numerusform>Nothing imported from %1: %n problem, listed by row and column. Correct the sheet and import it again.</numerusform>
            <numerusform>Nothing imported from %1: %n problems, listed by row and column. Correct the sheet and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/manager/SheetActions.cpp" line="79"/>
        <source>Imported %n record(s) from %1. Publish to show them to patients.</source>
        <translation>
            <numerusform>Imported %n record from %1. Publish to show it to patients.</numerusform>
            <numerusform>Imported %n records from %1. Publish to show them to patients.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/manager/SheetActions.cpp" line="90"/>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/SheetActions.cpp" line="91"/>
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message>
        <location filename="../../ui/manager/SheetActions.cpp" line="100"/>
        <source>Template saved to %1.</source>
        <translation>Template saved to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/SheetActions.cpp" line="101"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>huanjiao::ShortcutsDialog</name>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="18"/>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="22"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="22"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="23"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="62"/>
        <source>Move between controls</source>
        <translation>Move between controls</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="62"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="63"/>
        <source>Move between links on a page</source>
        <translation>Move between links on a page</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="63"/>
        <source>Tab, Shift+Tab, then Enter to open</source>
        <translation>Tab, Shift+Tab, then Enter to open</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="64"/>
        <source>Open a link in a new tab</source>
        <translation>Open a link in a new tab</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="64"/>
        <source>Ctrl+click, middle click</source>
        <translation>Ctrl+click, middle click</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="65"/>
        <source>Larger or smaller text</source>
        <translation>Larger or smaller text</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="65"/>
        <source>Ctrl+mouse wheel</source>
        <translation>Ctrl+mouse wheel</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="66"/>
        <source>Open a menu</source>
        <translation>Open a menu</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="66"/>
        <source>Alt, or Alt+the underlined letter</source>
        <translation>Alt, or Alt+the underlined letter</translation>
    </message>
</context>
<context>
    <name>huanjiao::Sidebar</name>
    <message>
        <location filename="../../ui/browser/Sidebar.cpp" line="42"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/browser/Sidebar.cpp" line="47"/>
        <source>Show only</source>
        <translation>Show only</translation>
    </message>
    <message>
        <location filename="../../ui/browser/Sidebar.cpp" line="49"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/browser/Sidebar.cpp" line="62"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../ui/browser/Sidebar.cpp" line="124"/>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../ui/browser/Sidebar.cpp" line="225"/>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/browser/Sidebar.cpp" line="232"/>
        <source>Did you mean:</source>
        <translation>Did you mean:</translation>
    </message>
    <message>
        <location filename="../../ui/browser/Sidebar.cpp" line="235"/>
        <source>Try fewer characters, pinyin initials (for example mjjl), or another name.</source>
        <translation>Try fewer characters, pinyin initials (for example mjjl), or another name.</translation>
    </message>
</context>
<context>
    <name>huanjiao::StaffChoiceDialog</name>
    <message>
        <location filename="../../ui/kiosk/StaffChoiceDialog.cpp" line="13"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffChoiceDialog.cpp" line="16"/>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffChoiceDialog.cpp" line="24"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffChoiceDialog.cpp" line="25"/>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffChoiceDialog.cpp" line="26"/>
        <source>Back to the kiosk</source>
        <translation>Back to the kiosk</translation>
    </message>
</context>
<context>
    <name>huanjiao::StaffSettingsDialog</name>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="37"/>
        <source>Print the one-page summary in large print</source>
        <translation>Print the one-page summary in large print</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="38"/>
        <source>Count the handouts given out</source>
        <translation>Count the handouts given out</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="41"/>
        <source>Kiosk settings</source>
        <translation>Kiosk settings</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="44"/>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="48"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="51"/>
        <source>Print on the default printer</source>
        <translation>Print on the default printer</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="52"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="56"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="69"/>
        <source>Reset after no touch for:</source>
        <translation>Reset after no touch for:</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="70"/>
        <source>Countdown before the reset:</source>
        <translation>Countdown before the reset:</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="71"/>
        <source>Printing:</source>
        <translation>Printing:</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="73"/>
        <source>Type size:</source>
        <translation>Type size:</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="76"/>
        <source>Counts keep the topic, the kind of handout and the date only: never anything about the visitor. Export them from File ▸ Handout Counts after leaving kiosk mode.</source>
        <translation>Counts keep the topic, the kind of handout and the date only: never anything about the visitor. Export them from File ▸ Handout Counts after leaving kiosk mode.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="92"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="94"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>huanjiao::ViewActions</name>
    <message>
        <location filename="../../ui/browser/ViewActions.cpp" line="82"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ViewActions.cpp" line="85"/>
        <source>&amp;Larger Text</source>
        <translation>&amp;Larger Text</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ViewActions.cpp" line="88"/>
        <source>&amp;Smaller Text</source>
        <translation>&amp;Smaller Text</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ViewActions.cpp" line="90"/>
        <source>&amp;Normal Size</source>
        <translation>&amp;Normal Size</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ViewActions.cpp" line="93"/>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ViewActions.cpp" line="97"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ViewActions.cpp" line="100"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ViewActions.cpp" line="102"/>
        <source>&amp;About Huanjiao</source>
        <translation>&amp;About Huanjiao</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ViewActions.cpp" line="175"/>
        <source>Settings not saved</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ViewActions.cpp" line="187"/>
        <source>Restart Huanjiao?</source>
        <translation>Restart Huanjiao?</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ViewActions.cpp" line="188"/>
        <source>The new language or content database is used once Huanjiao starts again. Restart now? Your open pages are closed; bookmarks and history are kept.</source>
        <translation>The new language or content database is used once Huanjiao starts again. Restart now? Your open pages are closed; bookmarks and history are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ViewActions.cpp" line="192"/>
        <source>&amp;Restart Now</source>
        <translation>&amp;Restart Now</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ViewActions.cpp" line="193"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui_main.cpp" line="56"/>
        <source>Huanjiao</source>
        <translation>Huanjiao</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="82"/>
        <source>Until then kiosk mode cannot be left from the screen.</source>
        <translation>Until then kiosk mode cannot be left from the screen.</translation>
    </message>
    <message>
        <location filename="../../app/manager_main.cpp" line="30"/>
        <source>The clinic&apos;s own content: forms, preview, publish.</source>
        <translation>The clinic&apos;s own content: forms, preview, publish.</translation>
    </message>
    <message>
        <location filename="../../app/manager_main.cpp" line="49"/>
        <source>The clinic&apos;s content in %1 could not be read:
%2</source>
        <translation>The clinic&apos;s content in %1 could not be read:
%2</translation>
    </message>
    <message>
        <location filename="../../app/manager_main.cpp" line="38"/>
        <location filename="../../app/manager_main.cpp" line="48"/>
        <source>Content Manager</source>
        <translation>Content Manager</translation>
    </message>
</context>
</TS>
