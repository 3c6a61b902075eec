<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminPinStore</name>
    <message>
        <location filename="../../ui/settings/AdminPinStore.cpp" line="145"/>
        <source>The admin PIN must have %1 to %2 digits.</source>
        <translation>管理员密码须为 %1 至 %2 位数字。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/AdminPinStore.cpp" line="148"/>
        <source>The admin PIN may only have the digits 0 to 9: the kiosk&apos;s PIN pad has nothing else.</source>
        <translation>管理员密码只能包含数字 0–9：自助机的密码键盘没有其他按键。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/AdminPinStore.cpp" line="129"/>
        <source>The admin PIN file %1 can be read or changed by others, so it is not used. Set a new PIN with: huanjiao --set-admin-pin</source>
        <translation>管理员密码文件 %1 可被他人读取或修改，因此不予使用。请用以下命令设置新密码：huanjiao --set-admin-pin</translation>
    </message>
    <message>
        <location filename="../../ui/settings/AdminPinStore.cpp" line="133"/>
        <source>The admin PIN was kept where every user of this computer could read it and no longer works. Set a new PIN of at least %1 digits with: huanjiao --set-admin-pin</source>
        <translation>原管理员密码保存在本机所有用户都能读取的位置，现已失效。请用以下命令设置至少 %1 位数字的新密码：huanjiao --set-admin-pin</translation>
    </message>
    <message>
        <location filename="../../ui/settings/AdminPinStore.cpp" line="139"/>
        <source>No admin PIN is set. Set one with: huanjiao --set-admin-pin</source>
        <translation>尚未设置管理员密码。请用以下命令设置：huanjiao --set-admin-pin</translation>
    </message>
    <message>
        <location filename="../../ui/settings/AdminPinStore.cpp" line="166"/>
        <source>The PIN could not be hashed (not enough memory?).</source>
        <translation>无法计算密码的哈希值（内存不足？）。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/AdminPinStore.cpp" line="180"/>
        <source>Cannot write the admin PIN file %1: %2.</source>
        <translation>无法写入管理员密码文件 %1：%2。</translation>
    </message>
</context>
<context>
    <name>AtomicInstall</name>
    <message>
        <location filename="../../database/tools/AtomicInstall.cpp" line="21"/>
        <source>cannot move %1 to %2: %3</source>
        <translation>无法将 %1 移动到 %2：%3</translation>
    </message>
    <message>
        <location filename="../../database/tools/AtomicInstall.cpp" line="36"/>
        <source>cannot keep the previous %1 as %2</source>
        <translation>无法将原有的 %1 保留为 %2</translation>
    </message>
    <message>
        <location filename="../../database/tools/AtomicInstall.cpp" line="48"/>
        <source>cannot remove the older backup %1</source>
        <translation>无法删除较早的备份 %1</translation>
    </message>
</context>
<context>
    <name>ClinicLayer</name>
    <message>
        <location filename="../../database/clinic/ClinicLayer.cpp" line="96"/>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicLayer.cpp" line="106"/>
        <source>the clinic&apos;s @content record belongs in %1</source>
        <translation>本院内容的 @content 记录应写在 %1 中</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicLayer.cpp" line="113"/>
        <source>unknown kind &apos;%1&apos;</source>
        <translation>未知的类别“%1”</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicLayer.cpp" line="120"/>
        <source>not a folder</source>
        <translation>不是文件夹</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicLayer.cpp" line="164"/>
        <source>%1 could not be read whole; correct it first, so that nothing in it is lost</source>
        <translation>%1 未能完整读取；请先改正，以免其中内容丢失</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicLayer.cpp" line="168"/>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicLayer.cpp" line="195"/>
        <location filename="../../database/clinic/ClinicLayer.cpp" line="200"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicLayer.cpp" line="222"/>
        <source>change the clinic&apos;s content details</source>
        <translation>修改本院内容信息</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicLayer.cpp" line="280"/>
        <source>change %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicLayer.cpp" line="280"/>
        <source>add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicLayer.cpp" line="310"/>
        <source>remove %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>ClinicPublisher</name>
    <message>
        <location filename="../../database/clinic/ClinicPublisher.cpp" line="38"/>
        <source>%1 is no longer in the bundled content; nothing to remove</source>
        <translation>随附内容中已没有 %1，无需删除</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicPublisher.cpp" line="66"/>
        <source>%1 already has clinic content built into it; publish over the bundled content as installed (/usr/share/huanjiao/huanjiao.sqlite)</source>
        <translation>%1 已经合入了诊所内容；请在安装的随附内容（/usr/share/huanjiao/huanjiao.sqlite）之上发布</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicPublisher.cpp" line="72"/>
        <source>the published database cannot be its own base</source>
        <translation>发布的数据库不能作为自己的基础内容</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicPublisher.cpp" line="136"/>
        <source>published, but cannot write %1: %2</source>
        <translation>已发布，但无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ClinicSheet</name>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="131"/>
        <source>&apos;%1&apos; is the name of %2 records (%3); write the id of the one you mean</source>
        <translation>“%1”是 %2 条记录的名称（%3）；请填写所指记录的编号</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="174"/>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="175"/>
        <source>row %1, column %2 (%3): %4</source>
        <translation>第 %1 行，%2 列（%3）：%4</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="284"/>
        <source>unknown column; the columns are %1</source>
        <translation>未知的列；可用的列为 %1</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="285"/>
        <source>unknown column; did you mean &apos;%1&apos;?</source>
        <translation>未知的列；是否应为“%1”？</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="289"/>
        <source>the same column as %1</source>
        <translation>与 %1 列重复</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="297"/>
        <source>the sheet has no column %1, which every record needs</source>
        <translation>表格缺少每条记录都必需的“%1”列</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="315"/>
        <source>a value in a column without a header</source>
        <translation>没有列名的列中有内容</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="373"/>
        <source>&apos;%1&apos; is not an id: lowercase letters, digits and single hyphens (zhao-lei); or leave it empty</source>
        <translation>“%1”不是有效编号：只能用小写字母、数字和单个连字符（如 zhao-lei）；也可留空</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="380"/>
        <source>the same record as row %1 (id %2)</source>
        <translation>与第 %1 行是同一条记录（编号 %2）</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="396"/>
        <source>bundled content</source>
        <translation>随附内容</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="396"/>
        <source>the clinic&apos;s content</source>
        <translation>本院内容</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="397"/>
        <source>%1 %2/%3: %4</source>
        <translation>%1 %2/%3：%4</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="413"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="425"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicSheet.cpp" line="441"/>
        <source>import %1</source>
        <translation>导入 %1</translation>
    </message>
</context>
<context>
    <name>ClinicValidation</name>
    <message>
        <location filename="../../database/clinic/ClinicValidation.cpp" line="84"/>
        <source>cannot read the bundled content %1</source>
        <translation>无法读取随附内容 %1</translation>
    </message>
    <message>
        <location filename="../../database/clinic/ClinicValidation.cpp" line="92"/>
        <source>%1 already has clinic content built into it; the clinic&apos;s layer is checked and published over the bundled content as installed, which stays untouched</source>
        <translation>%1 已经合入了诊所内容；本院内容应在安装的随附内容之上校验和发布，随附内容保持不变</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/CommandLine.cpp" line="12"/>
        <source>Huanjiao, an offline patient-education browser.</source>
        <translation>患教，离线患者教育浏览器。</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="15"/>
        <source>Print the program, schema and content versions.</source>
        <translation>显示程序、数据库结构和内容的版本。</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="16"/>
        <source>Use this content database.</source>
        <translation>使用指定的内容数据库。</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="17"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="18"/>
        <source>Run as a locked-down kiosk.</source>
        <translation>以锁定的自助终端模式运行。</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="21"/>
        <source>Set the PIN that leaves kiosk mode: read from standard input, or asked for on the terminal.</source>
        <translation>设置退出自助机模式的管理员密码：从标准输入读取，或在终端中询问。</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="22"/>
        <source>Open this page at start.</source>
        <translation>启动时打开此页面。</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="24"/>
        <source>Print a page and exit.</source>
        <translation>输出一个页面后退出。</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="26"/>
        <source>Search, print the results and exit.</source>
        <translation>搜索，输出结果后退出。</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="27"/>
        <source>QUERY</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="29"/>
        <source>Only results of this kind (condition, doctor, drug, test, article, qa, department, hospital).</source>
        <translation>只显示此类结果（condition、doctor、drug、test、article、qa、department、hospital）。</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="31"/>
        <source>KIND</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="32"/>
        <source>At most N results (default 20).</source>
        <translation>最多 N 条结果（默认 20）。</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="34"/>
        <source>Print JSON, one object per line.</source>
        <translation>输出 JSON，每行一个对象。</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="36"/>
        <source>Write a handout of these pages (more may follow) as a PDF and exit.</source>
        <translation>将这些页面（可列出多个）生成宣教单 PDF 后退出。</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="38"/>
        <source>The PDF file --handout writes.</source>
        <translation>--handout 写入的 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="39"/>
        <source>FILE.pdf</source>
        <translation>文件.pdf</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="40"/>
        <source>Paper size of the handout: a4 or letter.</source>
        <translation>宣教单纸张大小：a4 或 letter。</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="63"/>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="68"/>
        <source>--handout needs --output FILE.pdf: the file to write.</source>
        <translation>--handout 需要 --output 文件.pdf：要写入的文件。</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="70"/>
        <source>--output and --paper go with --handout.</source>
        <translation>--output 和 --paper 需与 --handout 一起使用。</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="74"/>
        <source>Unknown paper size &apos;%1&apos;: use a4 or letter.</source>
        <translation>未知的纸张大小“%1”：请使用 a4 或 letter。</translation>
    </message>
    <message>
        <location filename="../../app/CommandLine.cpp" line="84"/>
        <source>--limit takes a number from 1 to 10000</source>
        <translation>--limit 需要 1 到 10000 之间的数字</translation>
    </message>
</context>
<context>
    <name>ContentBuild</name>
    <message>
        <location filename="../../database/tools/ContentBuild.cpp" line="69"/>
        <source>%1 is a folder; give the database file to write</source>
        <translation>%1 是文件夹；请指定要写入的数据库文件</translation>
    </message>
    <message>
        <location filename="../../database/tools/ContentBuild.cpp" line="77"/>
        <source>%1 exists and is not a Huanjiao content database; it is left alone. Choose another file name.</source>
        <translation>%1 已存在且不是患教内容数据库，未作改动。请换一个文件名。</translation>
    </message>
    <message>
        <location filename="../../database/tools/ContentBuild.cpp" line="126"/>
        <source>cannot create a file beside %1: %2</source>
        <translation>无法在 %1 旁创建文件：%2</translation>
    </message>
    <message>
        <location filename="../../database/tools/ContentBuild.cpp" line="137"/>
        <source>cannot write the database: the disk is full or refuses the writes (%1). Free some space, or write the database to another disk, and build again.</source>
        <translation>无法写入数据库：磁盘已满或拒绝写入（%1）。请释放空间，或把数据库写到另一块磁盘，然后重新构建。</translation>
    </message>
    <message>
        <location filename="../../database/tools/ContentBuild.cpp" line="140"/>
        <source>cannot write the database: %1</source>
        <translation>无法写入数据库：%1</translation>
    </message>
    <message>
        <location filename="../../database/tools/ContentBuild.cpp" line="143"/>
        <location filename="../../database/tools/ContentBuild.cpp" line="148"/>
        <source>Checking the new database</source>
        <translation>正在检查新数据库</translation>
    </message>
</context>
<context>
    <name>ContentDatabase</name>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="78"/>
        <source>The content database %1 was not found. Reinstall Huanjiao or choose another database with --database.</source>
        <translation>找不到内容数据库 %1。请重新安装患教，或用 --database 指定其他数据库。</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="82"/>
        <source>The content database %1 cannot be read (%2). Check its permissions.</source>
        <translation>无法读取内容数据库 %1（%2）。请检查文件权限。</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="85"/>
        <source>The content database %1 is empty. Rebuild it or reinstall the content package.</source>
        <translation>内容数据库 %1 是空的。请重新生成，或重新安装内容包。</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="89"/>
        <source>%1 is not a content database (it is not an SQLite file). Choose the huanjiao.sqlite file that came with the program.</source>
        <translation>%1 不是内容数据库（不是 SQLite 文件）。请选择程序自带的 huanjiao.sqlite 文件。</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="93"/>
        <source>The content database %1 is incomplete; it may have been cut short while copying. Copy or rebuild it again.</source>
        <translation>内容数据库 %1 不完整，可能在复制时中断。请重新复制或重新生成。</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="101"/>
        <source>The content database %1 is damaged and cannot be read. Rebuild it or reinstall the content package.</source>
        <translation>内容数据库 %1 已损坏，无法读取。请重新生成，或重新安装内容包。</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="105"/>
        <source>%1 is an SQLite database of another program, not Huanjiao content. Choose the huanjiao.sqlite file that came with the program.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是患教内容。请选择程序自带的 huanjiao.sqlite 文件。</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="109"/>
        <source>The content database %1 was made for an older version of Huanjiao (schema %2). Rebuild it with this version&apos;s huanjiao-content.</source>
        <translation>内容数据库 %1 是为旧版患教生成的（结构版本 %2）。请用本版本的 huanjiao-content 重新生成。</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="113"/>
        <source>The content database %1 is locked by another program that is changing it. Wait until that program has finished (or close it) and start Huanjiao again.</source>
        <translation>内容数据库 %1 正被另一个程序锁定并修改。请等待该程序完成（或关闭它），然后重新启动患教。</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="129"/>
        <source>The content database %1 needs a newer version of Huanjiao (schema %2). Update the program.</source>
        <translation>内容数据库 %1 需要更新版本的患教（结构版本 %2）。请更新程序。</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="98"/>
        <source>The content database %1 is damaged and cannot be used: %2. Rebuild it or reinstall the content package.</source>
        <translation>内容数据库 %1 已损坏，无法使用：%2。请重新生成，或重新安装内容包。</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="117"/>
        <source>The content database %1 has an unfinished change: the journal %1-journal was left by a program stopped while it wrote to the database, which cannot be read safely until that change is undone. Open it once with write access (for example with sqlite3), or rebuild it.</source>
        <translation>内容数据库 %1 有一项未完成的修改：日志文件 %1-journal 是某个程序在写入数据库时被中止留下的，在撤销这项修改之前无法安全读取。请以可写方式打开一次（例如用 sqlite3），或重新生成数据库。</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="123"/>
        <source>The content database %1 is in WAL mode and has changes in %1-wal that are not yet in the file, in a folder that cannot be written, so they cannot be read. Copy the database, its -wal file and its -shm file to a folder that can be written, or rebuild it.</source>
        <translation>内容数据库 %1 处于 WAL 模式，%1-wal 中还有尚未写入数据库文件的修改，而所在文件夹不可写，因此无法读取这些修改。请把数据库及其 -wal、-shm 文件复制到可写的文件夹，或重新生成数据库。</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentDatabase.cpp" line="240"/>
        <source>it has no content version</source>
        <translation>缺少内容版本</translation>
    </message>
</context>
<context>
    <name>ContentExport</name>
    <message>
        <location filename="../../database/tools/ContentExport.cpp" line="22"/>
        <source>Exported from %1 (built %2).</source>
        <translation>导出自 %1（生成于 %2）。</translation>
    </message>
    <message>
        <location filename="../../database/tools/ContentExport.cpp" line="24"/>
        <source>That database was built from these layers, merged here into one:</source>
        <translation>该数据库由以下各层生成，此处已合并为一：</translation>
    </message>
</context>
<context>
    <name>ContentImport</name>
    <message>
        <location filename="../../database/tools/ContentImport.cpp" line="17"/>
        <source>%1 is not an interchange file; give a .jsonl file</source>
        <translation>%1 不是交换文件；请指定 .jsonl 文件</translation>
    </message>
    <message>
        <location filename="../../database/tools/ContentImport.cpp" line="40"/>
        <source>this file is an overlay (it replaces or removes records); give the content it overlays with --base</source>
        <translation>此文件是覆盖层（会替换或删除记录）；请用 --base 指定它所覆盖的内容</translation>
    </message>
    <message>
        <location filename="../../database/tools/ContentImport.cpp" line="66"/>
        <source>nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>ContentInput</name>
    <message>
        <location filename="../../database/core/ContentInput.cpp" line="34"/>
        <source>not found; give a content folder, an interchange file (.jsonl) or a content database</source>
        <translation>未找到；请指定内容文件夹、交换文件（.jsonl）或内容数据库</translation>
    </message>
    <message numerus="yes">
        <location filename="../../database/core/ContentInput.cpp" line="92"/>
        <source>%n link(s) name records that are not here. If this is a clinic&apos;s overlay, give the content it goes over first: huanjiao-content validate /usr/share/huanjiao/huanjiao.sqlite --overlay %1</source>
        <translation>
            <numerusform>%n 个链接指向此处没有的记录。如果这是诊所的覆盖层，请先给出它所覆盖的内容：huanjiao-content validate /usr/share/huanjiao/huanjiao.sqlite --overlay %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentLayers</name>
    <message>
        <location filename="../../database/core/ContentLayers.cpp" line="123"/>
        <source>a second @content record; the first is at %1:%2</source>
        <translation>出现第二个 @content 记录；第一个位于 %1:%2</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentLayers.cpp" line="130"/>
        <source>an overlay needs its own @content record (id, name, version) so the database can say which version of it is inside</source>
        <translation>覆盖层需要自己的 @content 记录（id、name、version），以便数据库记录其版本</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentLayers.cpp" line="165"/>
        <source>&apos;removes&apos; lists %1, which no earlier layer has</source>
        <translation>“removes”列出了 %1，但之前的各层中没有它</translation>
    </message>
    <message numerus="yes">
        <location filename="../../database/core/ContentLayers.cpp" line="224"/>
        <source>%n link(s) to dropped records were dropped with them</source>
        <translation>
            <numerusform>指向已删除记录的 %n 个链接已一并删除</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../database/core/ContentLayers.cpp" line="235"/>
        <source>&apos;%1&apos; is for overlays; the base content has nothing earlier to drop</source>
        <translation>“%1”只用于覆盖层；基础内容之前没有可删除的内容</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentLayers.cpp" line="246"/>
        <source>overlay %1 (version %2): %3 added, %4 replaced, %5 dropped</source>
        <translation>覆盖层 %1（版本 %2）：新增 %3，替换 %4，删除 %5</translation>
    </message>
</context>
<context>
    <name>ContentLint</name>
    <message>
        <location filename="../../database/core/ContentLint.cpp" line="144"/>
        <source>&apos;%1&apos; reads as a dose; patient text gives no amounts or frequencies of a medicine (write 用药请遵医嘱)</source>
        <translation>“%1”读起来像剂量；患者读物不写药物的用量和次数（请写“用药请遵医嘱”）</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentLint.cpp" line="150"/>
        <source>&apos;%1&apos; is an authoring note, not patient text; resolve it and remove it</source>
        <translation>“%1”是编写备注，不是给患者看的文字；请处理后删除</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentLint.cpp" line="154"/>
        <source>&apos;%1&apos; is a brand name; use the generic name (通用名)</source>
        <translation>“%1”是商品名；请用通用名</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentLint.cpp" line="171"/>
        <source>a sentence of %1 characters (&quot;%2…&quot;); the limit is %3: split it</source>
        <translation>有一句话长达 %1 个字（“%2…”），上限为 %3 个字：请拆成短句</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentLint.cpp" line="195"/>
        <source>&apos;seek-care&apos; has no &apos;### [emergency]&apos; part: name the signs that need 120 or the emergency department now</source>
        <translation>“seek-care”中没有“### [emergency]”部分：请写出需要立即拨打120或去急诊的危险信号</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentLint.cpp" line="200"/>
        <source>a condition needs a &apos;## questions&apos; section with %1 to %2 questions to ask the doctor</source>
        <translation>疾病条目需要“## questions”一节，列出 %1 到 %2 个可以问医生的问题</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentLint.cpp" line="212"/>
        <source>&apos;questions&apos; has %1 questions; write %2 to %3, each as a &apos;- &apos; line</source>
        <translation>“questions”中有 %1 个问题；请写 %2 到 %3 个，每个问题一行，以“- ”开头</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentLint.cpp" line="97"/>
        <source>a second %1 page named &apos;%2&apos; (the first is %3:%4); make them one page</source>
        <translation>又一个名为“%2”的 %1 页面（第一个在 %3:%4）；请合并为一个页面</translation>
    </message>
</context>
<context>
    <name>ContentSources</name>
    <message>
        <location filename="../../database/core/ContentSources.cpp" line="47"/>
        <source>content folder not found</source>
        <translation>找不到内容文件夹</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentSources.cpp" line="52"/>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentSources.cpp" line="61"/>
        <source>file is %1 MiB, more than the %2 MiB a source file may have; split it into several files</source>
        <translation>文件大小为 %1 MiB，超过源文件上限 %2 MiB；请拆分为多个文件</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentSources.cpp" line="68"/>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
</context>
<context>
    <name>ContentTool</name>
    <message>
        <location filename="../../database/builder/main.cpp" line="103"/>
        <source>%1 records (%2): no problems</source>
        <translation>%1 条记录（%2）：没有问题</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="119"/>
        <location filename="../../database/builder/main.cpp" line="209"/>
        <source>(%1 is unchanged)</source>
        <translation>（%1 未改动）</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="121"/>
        <source>%1: %2 records (%3) in %4 s</source>
        <translation>%1：%2 条记录（%3），用时 %4 秒</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="143"/>
        <location filename="../../database/builder/main.cpp" line="156"/>
        <location filename="../../database/builder/main.cpp" line="287"/>
        <source>%1: %2 records written</source>
        <translation>%1：已写入 %2 条记录</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="200"/>
        <source>no clinic content at %1; nothing to publish</source>
        <translation>%1 中没有本院内容，无需发布</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="211"/>
        <source>%1: %2 over %3, %4 records</source>
        <translation>%1：%2 叠加在 %3 之上，共 %4 条记录</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="227"/>
        <source>huanjiao-content: --kind must name a kind (doctor, hospital, department, condition, drug, test, article, qa), not &apos;%1&apos;</source>
        <translation>huanjiao-content：--kind 须为一种类别（doctor、hospital、department、condition、drug、test、article、qa），而不是“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../database/builder/main.cpp" line="267"/>
        <source>%n problem(s); nothing was imported</source>
        <translation>
            <numerusform>%n 个问题；未导入任何内容</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="270"/>
        <source>%1: %2 records, no problems</source>
        <translation>%1：%2 条记录，没有问题</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="271"/>
        <source>%1: %2 records imported into %3; publish to show them</source>
        <translation>%1：已将 %2 条记录导入 %3；发布后才会显示</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="300"/>
        <source>%1: a sheet to fill in, one row per record</source>
        <translation>%1：待填写的表格，每行一条记录</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="311"/>
        <source>%1: package %2 with the layer %3</source>
        <translation>%1：软件包 %2，含内容层 %3</translation>
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
        <translation>校验患教内容，生成内容数据库，并在各种形式之间转换。
SOURCE 为内容文件夹、交换文件（.jsonl）或内容数据库。

命令：
  validate SOURCE [--overlay SOURCE]...          以“文件:行: 信息”报告所有问题
  build SOURCE [--overlay SOURCE]... -o FILE     校验、写入、检查，然后替换 FILE
                                                 （原文件保留为 FILE.bak）
  import FILE.jsonl [--base SOURCE]... -o DIR    交换文件转为内容文件夹
  export FILE -o DIR|OUT.jsonl                   数据库转为内容文件夹或交换文件
  diff OLD NEW                                   新增、删除或修改的记录
  stats FILE                                     按类别计数、内容版本、生成日期
  publish [--root DIR] [--base FILE]             将本院内容叠加在随附内容之上，
                                                 生成程序打开的数据库
  import-sheet FILE --kind KIND [--check]        将表格（.csv、.xlsx）导入本院内容
  export-sheet --kind KIND -o FILE               将本院某类记录导出为表格
  sheet-template --kind KIND -o FILE             带中文列名的空白表格
  package [--root DIR] -o FILE.deb               将本院内容层打包为连锁机构用的 Debian 软件包</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="363"/>
        <source>The file or folder to write.</source>
        <translation>要写入的文件或文件夹。</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="363"/>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="365"/>
        <source>A clinic&apos;s overlay on the content; may be repeated, later ones win.</source>
        <translation>诊所对内容的覆盖层；可重复指定，后面的优先。</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="366"/>
        <location filename="../../database/builder/main.cpp" line="369"/>
        <source>SOURCE</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="368"/>
        <source>import: the content the file is an overlay of; may be repeated.</source>
        <translation>import：该文件所覆盖的内容；可重复指定。</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="372"/>
        <source>validate, build: check the format only, not the writing standard of patient text (doses, brand names, emergency signs, questions, sentence length, authoring notes).</source>
        <translation>validate、build：只检查格式，不检查患者读物的写作规范（剂量、商品名、急症信号、问题、句子长度、编写备注）。</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="375"/>
        <source>publish: the folder holding clinic/ and the published database (default: $HUANJIAO_CLINIC_ROOT, /var/lib/huanjiao, or the user&apos;s data folder).</source>
        <translation>publish：存放 clinic/ 和发布数据库的文件夹（默认：$HUANJIAO_CLINIC_ROOT、/var/lib/huanjiao 或用户的数据文件夹）。</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="378"/>
        <source>DIR</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="380"/>
        <source>sheets: the kind of record a sheet holds (doctor, or 医生 ...).</source>
        <translation>表格命令：表格中记录的类别（doctor 或 医生 等）。</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="381"/>
        <source>KIND</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="383"/>
        <source>import-sheet: report the problems, import nothing.</source>
        <translation>import-sheet：只报告问题，不导入。</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="385"/>
        <source>validate, build, import, export, diff, stats, publish, import-sheet, export-sheet, sheet-template or package</source>
        <translation>validate、build、import、export、diff、stats、publish、import-sheet、export-sheet、sheet-template 或 package</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="386"/>
        <source>What the command works on.</source>
        <translation>命令处理的对象。</translation>
    </message>
    <message>
        <location filename="../../database/builder/main.cpp" line="403"/>
        <source>huanjiao-content: wrong arguments for &apos;%1&apos;; see --help</source>
        <translation>huanjiao-content：“%1”的参数有误；请查看 --help</translation>
    </message>
</context>
<context>
    <name>ContentValidator</name>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="68"/>
        <source>malformed content id &apos;%1&apos;; use lowercase ASCII letters, digits and single hyphens</source>
        <translation>内容 id“%1”格式错误；请使用小写英文字母、数字和单个连字符</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="76"/>
        <source>unknown field &apos;%1&apos; for @content</source>
        <translation>@content 没有字段“%1”</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="78"/>
        <location filename="../../database/core/ContentValidator.cpp" line="199"/>
        <source>field &apos;%1&apos; given twice</source>
        <translation>字段“%1”重复</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="83"/>
        <source>a @content record has no sections</source>
        <translation>@content 记录不能有章节</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="86"/>
        <location filename="../../database/core/ContentValidator.cpp" line="221"/>
        <source>missing required field &apos;%1&apos;</source>
        <translation>缺少必填字段“%1”</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="93"/>
        <source>&apos;sample&apos; must be yes or no</source>
        <translation>“sample”必须为 yes 或 no</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="101"/>
        <source>&apos;replaces&apos; lists &apos;%1&apos;, which is not a kind that can be replaced</source>
        <translation>“replaces”列出的“%1”不是可替换的类别</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="112"/>
        <source>&apos;removes&apos; lists &apos;%1&apos;; write kind/id, e.g. doctor/ye-lin</source>
        <translation>“removes”列出了“%1”；请写成 类别/id，例如 doctor/ye-lin</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="132"/>
        <source>a second @content record; the first is at %1:%2</source>
        <translation>出现第二个 @content 记录；第一个位于 %1:%2</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="146"/>
        <source>unknown kind &apos;%1&apos;</source>
        <translation>未知类别“%1”</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="151"/>
        <source>malformed id &apos;%1&apos;; use lowercase ASCII letters, digits and single hyphens</source>
        <translation>id“%1”格式错误；请使用小写英文字母、数字和单个连字符</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="159"/>
        <source>duplicate id &apos;%1&apos;; first defined at %2:%3</source>
        <translation>id“%1”重复；首次定义于 %2:%3</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="170"/>
        <source>no @content record (name, version, sample)</source>
        <translation>没有 @content 记录（name、version、sample）</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="176"/>
        <location filename="../../database/core/ContentValidator.cpp" line="395"/>
        <source>raw HTML is not allowed in content; write plain text</source>
        <translation>内容中不允许使用 HTML；请写纯文本</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="180"/>
        <source>invisible control character U+%1 in the text; remove it</source>
        <translation>文本中有不可见的控制字符 U+%1；请删除</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="195"/>
        <source>unknown field &apos;%1&apos; for a %2</source>
        <translation>%2 没有字段“%1”</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="204"/>
        <source>field &apos;%1&apos; is empty</source>
        <translation>字段“%1”为空</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="210"/>
        <source>field &apos;%1&apos; is %2 characters long; the limit is %3</source>
        <translation>字段“%1”长 %2 个字符，上限为 %3</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="238"/>
        <source>status &apos;reviewed&apos; needs &apos;reviewed: YYYY-MM-DD&apos;, the date of the review</source>
        <translation>状态为“reviewed”时需要“reviewed: YYYY-MM-DD”，即审核日期</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="240"/>
        <source>status &apos;reviewed&apos; needs &apos;reviewer:&apos;, who reviewed it</source>
        <translation>状态为“reviewed”时需要“reviewer:”，即审核人</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="243"/>
        <source>a %1 topic has not been reviewed: write &apos;updated: YYYY-MM-DD&apos; instead of &apos;reviewed&apos;/&apos;reviewer&apos;, or set &apos;status: reviewed&apos;</source>
        <translation>状态为 %1 的条目尚未审核：请用“updated: YYYY-MM-DD”代替“reviewed”/“reviewer”，或者设为“status: reviewed”</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="258"/>
        <source>&apos;%1&apos; is not allowed in &apos;%2&apos;; use one of %3</source>
        <translation>“%2”中不能填写“%1”；请使用 %3 之一</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="269"/>
        <source>malformed date &apos;%1&apos;; write YYYY-MM-DD</source>
        <translation>日期“%1”格式错误；请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="275"/>
        <source>unknown status &apos;%1&apos;; use %2</source>
        <translation>未知状态“%1”；请使用 %2</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="283"/>
        <source>field &apos;%1&apos; takes one id</source>
        <translation>字段“%1”只能填一个 id</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="298"/>
        <source>&apos;%1&apos; in &apos;%2&apos; must be a %3 id</source>
        <translation>“%2”中的“%1”必须是%3的 id</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="303"/>
        <source>&apos;%1&apos; refers to %2 that does not exist</source>
        <translation>“%1”引用的 %2 不存在</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="309"/>
        <source>&apos;%1&apos; lists %2 twice</source>
        <translation>“%1”重复列出了 %2</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="312"/>
        <source>a condition cannot relate to itself</source>
        <translation>疾病不能与自身关联</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="327"/>
        <source>a %1 has no sections</source>
        <translation>%1不能有章节</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="328"/>
        <source>unknown section &apos;%1&apos; for a %2; allowed: %3</source>
        <translation>%2没有章节“%1”；允许的章节：%3</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="334"/>
        <source>section &apos;%1&apos; given twice</source>
        <translation>章节“%1”重复</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="342"/>
        <source>section &apos;%1&apos; is %2 characters long; the limit is %3</source>
        <translation>章节“%1”长 %2 个字符，上限为 %3</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="347"/>
        <source>section &apos;%1&apos; is empty</source>
        <translation>章节“%1”为空</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="354"/>
        <source>missing required section &apos;%1&apos;</source>
        <translation>缺少必需的章节“%1”</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="361"/>
        <source>an item needs a title after &apos;###&apos;</source>
        <translation>条目在“###”后需要标题</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="368"/>
        <source>a [type] is only allowed on treatments and seek-care items</source>
        <translation>[类型] 只能用于治疗条目和就医条目</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="372"/>
        <source>a treatment needs a type: &apos;### [type] title&apos;, type one of %1</source>
        <translation>治疗条目需要类型：“### [类型] 标题”，类型为 %1 之一</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="375"/>
        <source>unknown treatment type &apos;%1&apos;; use %2</source>
        <translation>未知治疗类型“%1”；请使用 %2</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="376"/>
        <source>unknown type &apos;%1&apos; in &apos;%2&apos;; use %3</source>
        <translation>“%2”中的类型“%1”未知；请用 %3</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="412"/>
        <source>department &apos;%1&apos; is its own ancestor</source>
        <translation>科室“%1”是它自己的上级科室</translation>
    </message>
    <message>
        <location filename="../../database/core/ContentValidator.cpp" line="428"/>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>；是否应为“%1”？</translation>
    </message>
</context>
<context>
    <name>CrisisText</name>
    <message>
        <location filename="../../ui/render/CrisisText.cpp" line="10"/>
        <source>You are not alone. Help is here now.</source>
        <translation>你并不孤单，现在就可以得到帮助。</translation>
    </message>
    <message>
        <location filename="../../ui/render/CrisisText.cpp" line="11"/>
        <source>This may be an emergency: call %1 now.</source>
        <translation>这可能是急症：请立即拨打 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/render/CrisisText.cpp" line="17"/>
        <source>If you are thinking about ending your life or hurting yourself, please talk to someone now. Call the mental-health line %1 (free, any time). If you are in immediate danger, call %2 or %3. You can also tell a nurse or doctor here.</source>
        <translation>如果你有结束生命或伤害自己的想法，请现在就找人谈一谈。拨打心理援助热线 %1（免费，随时可打）。如果有迫在眉睫的危险，请拨打 %2 或 %3。也可以告诉这里的护士或医生。</translation>
    </message>
    <message>
        <location filename="../../ui/render/CrisisText.cpp" line="21"/>
        <source>Call %1 now, or ask the staff here to help you. Do not wait to see if it passes, and do not drive yourself. If someone is in danger, call %2.</source>
        <translation>请立即拨打 %1，或请这里的工作人员帮忙。不要等着看会不会好转，也不要自己开车去医院。如有人身危险，请拨打 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/render/CrisisText.cpp" line="29"/>
        <source>Mental-health line %1 · Ambulance %2 · Police %3</source>
        <translation>心理援助热线 %1 · 急救 %2 · 报警 %3</translation>
    </message>
    <message>
        <location filename="../../ui/render/CrisisText.cpp" line="31"/>
        <source>Ambulance %1 · Police %2</source>
        <translation>急救 %1 · 报警 %2</translation>
    </message>
</context>
<context>
    <name>CsvSheet</name>
    <message>
        <location filename="../../database/clinic/CsvSheet.cpp" line="75"/>
        <source>the file says it is UTF-8 but is not; save it again as CSV UTF-8</source>
        <translation>文件标明为 UTF-8，实际却不是；请重新另存为“CSV UTF-8”</translation>
    </message>
    <message>
        <location filename="../../database/clinic/CsvSheet.cpp" line="85"/>
        <source>the file is neither UTF-8 nor readable as GB18030 here; save it as CSV UTF-8</source>
        <translation>文件不是 UTF-8，本机也无法按 GB18030 读取；请另存为“CSV UTF-8”</translation>
    </message>
    <message>
        <location filename="../../database/clinic/CsvSheet.cpp" line="90"/>
        <source>the file is neither UTF-8 nor GB18030 text; save it as CSV UTF-8</source>
        <translation>文件既不是 UTF-8 也不是 GB18030 文本；请另存为“CSV UTF-8”</translation>
    </message>
    <message>
        <location filename="../../database/clinic/CsvSheet.cpp" line="105"/>
        <source>the file has no header row</source>
        <translation>文件没有列名行</translation>
    </message>
</context>
<context>
    <name>DatabaseDiff</name>
    <message>
        <location filename="../../database/tools/DatabaseDiff.cpp" line="152"/>
        <source>content: %1 -&gt; %2</source>
        <translation>内容：%1 -&gt; %2</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseDiff.cpp" line="161"/>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>新增 %1，删除 %2，修改 %3</translation>
    </message>
</context>
<context>
    <name>DatabaseReader</name>
    <message>
        <location filename="../../database/core/DatabaseReader.cpp" line="73"/>
        <source>%1 holds a record of an unknown kind &apos;%2&apos;</source>
        <translation>%1 含有未知类别“%2”的记录</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseReader.cpp" line="98"/>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseReader.cpp" line="193"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>DatabaseStats</name>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="115"/>
        <source>%1 bytes per condition (%2 conditions, %3 KiB)</source>
        <translation>每个疾病 %1 字节（%2 个疾病，%3 KiB）</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="146"/>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="26"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="77"/>
        <source>all departments</source>
        <translation>全部科室</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="85"/>
        <source>department</source>
        <translation>科室</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="85"/>
        <source>conditions</source>
        <translation>疾病</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="85"/>
        <source>drugs</source>
        <translation>药品</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="85"/>
        <source>tests</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="85"/>
        <source>Q&amp;A</source>
        <translation>问答</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="127"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="128"/>
        <source>content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="129"/>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="130"/>
        <source>built</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="131"/>
        <source>schema</source>
        <translation>结构版本</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="132"/>
        <source>sample content</source>
        <translation>示例内容</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="132"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="132"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="135"/>
        <source>base layer</source>
        <translation>基础层</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="135"/>
        <source>overlay %1</source>
        <translation>覆盖层 %1</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="143"/>
        <source>records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="144"/>
        <source>relations</source>
        <translation>关联</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="145"/>
        <source>sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../database/tools/DatabaseStats.cpp" line="147"/>
        <source>Coverage by department:</source>
        <translation>各科室的内容覆盖：</translation>
    </message>
</context>
<context>
    <name>DatabaseVerifier</name>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="23"/>
        <source>relations whose source record is missing</source>
        <translation>源记录缺失的关联</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="25"/>
        <source>relations whose target record is missing</source>
        <translation>目标记录缺失的关联</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="27"/>
        <source>records whose department is missing or not a department</source>
        <translation>所属科室缺失或不是科室的记录</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="30"/>
        <source>departments whose parent is missing or not a department</source>
        <translation>上级科室缺失或不是科室的科室</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="33"/>
        <source>records whose source is missing or not a source</source>
        <translation>来源缺失或不是来源的记录</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="36"/>
        <source>aliases of missing records</source>
        <translation>已缺失记录的别名</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="38"/>
        <source>fields of missing records</source>
        <translation>已缺失记录的字段</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="40"/>
        <source>sections of missing records</source>
        <translation>已缺失记录的章节</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="42"/>
        <source>items of missing sections</source>
        <translation>已缺失章节的条目</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="66"/>
        <source>%1 failed SQLite&apos;s integrity check: %2</source>
        <translation>%1 未通过 SQLite 完整性检查：%2</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="80"/>
        <source>%1 has %2: %3</source>
        <translation>%1 中有%2：%3</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="81"/>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="111"/>
        <source>%1 cannot be checked: %2</source>
        <translation>无法检查 %1：%2</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="100"/>
        <source>%1 has %2 &apos;%3&apos; relation(s) of a %4 that do not point at a %5</source>
        <translation>%1 中有 %2 个%4的“%3”关联未指向%5</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="116"/>
        <source>%1 has relations of an unknown type: %2</source>
        <translation>%1 中有未知类型的关联：%2</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseVerifier.cpp" line="72"/>
        <source>%1 failed the full-text index check: %2</source>
        <translation>%1 未通过全文索引检查：%2</translation>
    </message>
</context>
<context>
    <name>DatabaseWriter</name>
    <message>
        <location filename="../../database/core/DatabaseWriter.cpp" line="88"/>
        <location filename="../../database/core/DatabaseWriter.cpp" line="102"/>
        <source>Writing the database</source>
        <translation>正在写入数据库</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseWriter.cpp" line="104"/>
        <source>Indexing the topics</source>
        <translation>正在为条目建立索引</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseWriter.cpp" line="109"/>
        <location filename="../../database/core/SearchIndexWriter.cpp" line="249"/>
        <source>Writing the search index</source>
        <translation>正在写入搜索索引</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseWriter.cpp" line="112"/>
        <source>Indexing links and lists</source>
        <translation>正在为链接和列表建立索引</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseWriter.cpp" line="116"/>
        <source>Saving the database</source>
        <translation>正在保存数据库</translation>
    </message>
    <message>
        <location filename="../../database/core/DatabaseWriter.cpp" line="121"/>
        <source>Compacting the database</source>
        <translation>正在压缩数据库</translation>
    </message>
    <message>
        <location filename="../../database/core/SearchIndexWriter.cpp" line="466"/>
        <source>Writing the names index</source>
        <translation>正在写入名称索引</translation>
    </message>
    <message>
        <location filename="../../database/core/SearchIndexWriter.cpp" line="597"/>
        <source>Sorting the search keys</source>
        <translation>正在排序搜索键</translation>
    </message>
    <message>
        <location filename="../../database/core/SearchIndexWriter.cpp" line="630"/>
        <source>Merging the full-text indexes</source>
        <translation>正在合并全文索引</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="13"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="16"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="18"/>
        <source>Name</source>
        <comment>of a hospital, department or source</comment>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="23"/>
        <source>Related conditions</source>
        <translation>相关疾病</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="25"/>
        <source>Instructions</source>
        <translation>须知内容</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="27"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="28"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="29"/>
        <source>Summary</source>
        <translation>简介</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="30"/>
        <source>Parent department</source>
        <translation>上级科室</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="31"/>
        <source>Clinical title</source>
        <translation>职称</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="32"/>
        <source>Academic title</source>
        <translation>学术职称</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="33"/>
        <source>Hospital</source>
        <translation>所在医院</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="34"/>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="35"/>
        <source>Specialty</source>
        <translation>擅长</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="36"/>
        <source>Conditions treated</source>
        <translation>诊治疾病</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="37"/>
        <source>Profile</source>
        <translation>个人简介</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="38"/>
        <source>About the condition</source>
        <translation>相关疾病</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="39"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="40"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="41"/>
        <source>Last updated</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="42"/>
        <source>Reviewed on</source>
        <translation>审核日期</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="43"/>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="44"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="45"/>
        <source>Conditions</source>
        <translation>相关疾病</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="55"/>
        <source>Hospitals</source>
        <translation>医院</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="57"/>
        <source>Departments</source>
        <translation>科室</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="59"/>
        <source>Doctors</source>
        <translation>医生</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="61"/>
        <source>Own topics</source>
        <translation>本院文章</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="63"/>
        <source>Leaflets</source>
        <translation>须知</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="65"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="75"/>
        <source>Hospital</source>
        <comment>kind</comment>
        <translation>医院</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="77"/>
        <source>Department</source>
        <comment>kind</comment>
        <translation>科室</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="79"/>
        <source>Doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="81"/>
        <source>Topic</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="83"/>
        <source>Leaflet</source>
        <translation>须知</translation>
    </message>
    <message>
        <location filename="../../ui/manager/FieldLabels.cpp" line="85"/>
        <source>Source</source>
        <comment>kind</comment>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>FleetPackage</name>
    <message>
        <location filename="../../database/clinic/FleetPackage.cpp" line="40"/>
        <source>%1 holds no clinic content to package</source>
        <translation>%1 中没有可打包的本院内容</translation>
    </message>
    <message>
        <location filename="../../database/clinic/FleetPackage.cpp" line="54"/>
        <source>the layer has problems; correct them first:
%1</source>
        <translation>内容层有问题，请先改正：
%1</translation>
    </message>
    <message>
        <location filename="../../database/clinic/FleetPackage.cpp" line="61"/>
        <source>cannot make a temporary folder</source>
        <translation>无法创建临时文件夹</translation>
    </message>
    <message>
        <location filename="../../database/clinic/FleetPackage.cpp" line="71"/>
        <source>cannot copy %1</source>
        <translation>无法复制 %1</translation>
    </message>
    <message>
        <location filename="../../database/clinic/FleetPackage.cpp" line="79"/>
        <source>cannot write the package&apos;s control file</source>
        <translation>无法写入软件包的 control 文件</translation>
    </message>
    <message>
        <location filename="../../database/clinic/FleetPackage.cpp" line="107"/>
        <source>dpkg-deb failed: %1%2</source>
        <translation>dpkg-deb 失败：%1%2</translation>
    </message>
</context>
<context>
    <name>FullTextCheck</name>
    <message>
        <location filename="../../app/FullTextCheck.cpp" line="23"/>
        <location filename="../../app/FullTextCheck.cpp" line="33"/>
        <source>The content database %1 is damaged: %2. Search may miss topics or find wrong ones. Rebuild it or reinstall the content package.</source>
        <translation>内容数据库 %1 已损坏：%2。搜索可能漏掉条目或找到错误的条目。请重新生成，或重新安装内容包。</translation>
    </message>
    <message>
        <location filename="../../app/FullTextCheck.cpp" line="32"/>
        <source>Search may give wrong results</source>
        <translation>搜索结果可能有误</translation>
    </message>
</context>
<context>
    <name>HandoutCommand</name>
    <message>
        <location filename="../../app/HandoutCommand.cpp" line="36"/>
        <source>&apos;%1&apos; is not a page address; write huanjiao://KIND/ID, for example huanjiao://condition/hemifacial-spasm</source>
        <translation>“%1”不是页面地址；请写成 huanjiao://类别/ID，例如 huanjiao://condition/hemifacial-spasm</translation>
    </message>
    <message>
        <location filename="../../app/HandoutCommand.cpp" line="56"/>
        <source>no page %1 in this content database</source>
        <translation>此内容数据库中没有页面 %1</translation>
    </message>
    <message>
        <location filename="../../app/HandoutCommand.cpp" line="69"/>
        <source>Patient education handout</source>
        <translation>患者宣教单</translation>
    </message>
    <message>
        <location filename="../../app/HandoutCommand.cpp" line="76"/>
        <source>%1: %2 page(s), %3 topic(s)</source>
        <translation>%1：%2 页，%3 个主题</translation>
    </message>
</context>
<context>
    <name>HandoutDocument</name>
    <message>
        <location filename="../../ui/render/HandoutDocument.cpp" line="128"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/render/HandoutDocument.cpp" line="133"/>
        <source>%n topic(s) in this handout.</source>
        <translation>
            <numerusform>本宣教单共 %n 个主题。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutDocument.cpp" line="438"/>
        <source>Also called %1</source>
        <translation>又称%1</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutDocument.cpp" line="451"/>
        <source>Read it online: %1</source>
        <translation>在线阅读：%1</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutDocument.cpp" line="217"/>
        <source>Sample content.</source>
        <translation>示例内容。</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutDocument.cpp" line="218"/>
        <source>Written for demonstration and not reviewed for use with patients. Ask your doctor about your own situation.</source>
        <translation>仅供演示，未经审核，不可用于患者。您的具体情况请咨询医生。</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutDocument.cpp" line="221"/>
        <source>Draft.</source>
        <translation>草稿。</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutDocument.cpp" line="222"/>
        <source>This text has not been reviewed yet and may change. Ask your doctor about your own situation.</source>
        <translation>这段文字尚未经过审核，内容可能还会修改。您自己的情况请咨询医生。</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutDocument.cpp" line="548"/>
        <source>%1: </source>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutDocument.cpp" line="590"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutDocument.cpp" line="595"/>
        <source>Related topics</source>
        <translation>相关主题</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutDocument.cpp" line="234"/>
        <source>What it is</source>
        <translation>这是什么</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutDocument.cpp" line="259"/>
        <source>What to do</source>
        <translation>该怎么做</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutDocument.cpp" line="336"/>
        <source>Note for the patient</source>
        <translation>给患者的话</translation>
    </message>
</context>
<context>
    <name>HandoutRenderer</name>
    <message>
        <location filename="../../ui/render/HandoutRenderer.cpp" line="221"/>
        <source>Patient education handout</source>
        <translation>患者宣教单</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutRenderer.cpp" line="226"/>
        <source>Tel. %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutRenderer.cpp" line="261"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutRenderer.cpp" line="265"/>
        <source>Sample content</source>
        <translation>示例内容</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutRenderer.cpp" line="267"/>
        <source>Draft, not yet reviewed</source>
        <translation>草稿，尚未审核</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutRenderer.cpp" line="269"/>
        <source>General information only; it does not replace your doctor&apos;s advice. In an emergency, call 120.</source>
        <translation>仅为一般性信息，不能代替医生的建议。如遇紧急情况，请拨打 120。</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutRenderer.cpp" line="271"/>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/render/HandoutRenderer.cpp" line="272"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message>
        <location filename="../../app/HeadlessCommands.cpp" line="69"/>
        <source>Also called: %1</source>
        <translation>又称：%1</translation>
    </message>
    <message>
        <location filename="../../app/HeadlessCommands.cpp" line="100"/>
        <source>&apos;%1&apos; is not a page address; write huanjiao://KIND/ID, for example huanjiao://condition/hemifacial-spasm</source>
        <translation>“%1”不是页面地址；请写成 huanjiao://类别/ID，例如 huanjiao://condition/hemifacial-spasm</translation>
    </message>
    <message>
        <location filename="../../app/HeadlessCommands.cpp" line="117"/>
        <source>no page %1 in this content database</source>
        <translation>此内容数据库中没有页面 %1</translation>
    </message>
    <message>
        <location filename="../../app/HeadlessCommands.cpp" line="142"/>
        <source>unknown kind &apos;%1&apos;</source>
        <translation>未知类别“%1”</translation>
    </message>
    <message>
        <location filename="../../app/HeadlessCommands.cpp" line="227"/>
        <source>No results. Did you mean: %1</source>
        <translation>没有结果。您要找的是不是：%1</translation>
    </message>
</context>
<context>
    <name>InterchangeFile</name>
    <message>
        <location filename="../../database/tools/InterchangeFile.cpp" line="17"/>
        <source>%1 is a folder; give a file name ending in .jsonl</source>
        <translation>%1 是文件夹；请指定以 .jsonl 结尾的文件名</translation>
    </message>
    <message>
        <location filename="../../database/tools/InterchangeFile.cpp" line="22"/>
        <source>cannot create a file beside %1: %2</source>
        <translation>无法在 %1 旁创建文件：%2</translation>
    </message>
    <message>
        <location filename="../../database/tools/InterchangeFile.cpp" line="25"/>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <location filename="../../database/tools/InterchangeFile.cpp" line="37"/>
        <location filename="../../database/tools/InterchangeFile.cpp" line="42"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../database/tools/InterchangeFile.cpp" line="52"/>
        <source>the written file does not read back: %1</source>
        <translation>写入的文件无法读回：%1</translation>
    </message>
    <message>
        <location filename="../../database/tools/InterchangeFile.cpp" line="56"/>
        <source>the written file reads back as %1 lines instead of %2</source>
        <translation>写入的文件读回为 %1 行，而不是 %2 行</translation>
    </message>
    <message>
        <location filename="../../database/tools/InterchangeFile.cpp" line="60"/>
        <source>the content line does not read back as it was written</source>
        <translation>content 行读回的内容与写入时不一致</translation>
    </message>
    <message>
        <location filename="../../database/tools/InterchangeFile.cpp" line="67"/>
        <source>%1/%2 does not read back as it was written</source>
        <translation>%1/%2 读回的内容与写入时不一致</translation>
    </message>
</context>
<context>
    <name>InterchangeReader</name>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="51"/>
        <source>each line needs &quot;kind&quot; and &quot;id&quot;, e.g. {&quot;kind&quot;: &quot;doctor&quot;, &quot;id&quot;: &quot;wang-fang&quot;, ...}</source>
        <translation>每行都需要 &quot;kind&quot; 和 &quot;id&quot;，例如 {&quot;kind&quot;: &quot;doctor&quot;, &quot;id&quot;: &quot;wang-fang&quot;, ...}</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="81"/>
        <source>field &apos;%1&apos; has a line break; header fields are one line (long text goes in a section)</source>
        <translation>字段“%1”含有换行；头部字段只能有一行（长文本请写在章节中）</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="95"/>
        <source>&apos;%1&apos; takes one value, not a list</source>
        <translation>“%1”只能有一个值，不能是列表</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="96"/>
        <source>&apos;%1&apos; must be text in quotes</source>
        <translation>“%1”必须是带引号的文本</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="108"/>
        <source>an item of &apos;%1&apos; contains a list separator (, ， or 、): %2</source>
        <translation>“%1”的某一项含有列表分隔符（, ，或 、）：%2</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="132"/>
        <source>%1 has a line starting with &apos;%2&apos;, which the text format would read as a heading or a new record: %3</source>
        <translation>%1 有一行以“%2”开头，文本格式会把它读作标题或新记录：%3</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="146"/>
        <source>&quot;sections&quot; must be an object: {&quot;overview&quot;: &quot;...&quot;, ...}</source>
        <translation>&quot;sections&quot; 必须是对象：{&quot;overview&quot;: &quot;...&quot;, ...}</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="154"/>
        <source>section &apos;%1&apos;</source>
        <translation>章节“%1”</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="162"/>
        <source>&quot;items&quot; of %1 must be a list</source>
        <translation>%1 的 &quot;items&quot; 必须是列表</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="167"/>
        <source>%1 has an unknown key &apos;%2&apos;; use &quot;text&quot; and &quot;items&quot;</source>
        <translation>%1 有未知的键“%2”；请使用 &quot;text&quot; 和 &quot;items&quot;</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="170"/>
        <source>%1 must be text, or an object with &quot;text&quot; and &quot;items&quot;</source>
        <translation>%1 必须是文本，或含 &quot;text&quot; 和 &quot;items&quot; 的对象</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="181"/>
        <source>an item of %1 must be an object: {&quot;title&quot;: &quot;...&quot;, &quot;text&quot;: &quot;...&quot;}</source>
        <translation>%1 的条目必须是对象：{&quot;title&quot;: &quot;...&quot;, &quot;text&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="188"/>
        <source>an item title of %1 has a line break; titles are one line</source>
        <translation>%1 的条目标题含有换行；标题只能有一行</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="193"/>
        <source>an item of %1 has an unknown key &apos;%2&apos;; use &quot;type&quot;, &quot;title&quot; and &quot;text&quot;</source>
        <translation>%1 的条目有未知的键“%2”；请使用 &quot;type&quot;、&quot;title&quot; 和 &quot;text&quot;</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="238"/>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="247"/>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="259"/>
        <source>the line is longer than %1 MiB; one line holds one record</source>
        <translation>该行超过 %1 MiB；每行只放一条记录</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="271"/>
        <source>not valid UTF-8 text; save the file as UTF-8</source>
        <translation>不是有效的 UTF-8 文本；请将文件保存为 UTF-8</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="278"/>
        <source>the last line is cut short (%1 at column %2); the file may be incomplete</source>
        <translation>最后一行被截断（第 %2 列处%1）；文件可能不完整</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="282"/>
        <source>not valid JSON: %1 at column %2</source>
        <translation>不是有效的 JSON：第 %2 列处%1</translation>
    </message>
    <message>
        <location filename="../../database/core/InterchangeReader.cpp" line="288"/>
        <source>each line must be one JSON object: {&quot;kind&quot;: ..., ...}</source>
        <translation>每行必须是一个 JSON 对象：{&quot;kind&quot;: ..., ...}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="20"/>
        <source>Conditions</source>
        <translation>疾病</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="21"/>
        <source>Departments</source>
        <translation>科室</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="22"/>
        <location filename="../../ui/render/Labels.cpp" line="136"/>
        <source>Doctors</source>
        <translation>医生</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="23"/>
        <source>Drugs</source>
        <translation>药品</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="24"/>
        <source>Tests</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="25"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="26"/>
        <source>Q&amp;A</source>
        <translation>问答</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="27"/>
        <location filename="../../ui/render/Labels.cpp" line="141"/>
        <source>Leaflets</source>
        <translation>须知</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="28"/>
        <source>Hospitals</source>
        <translation>医院</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="29"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="37"/>
        <source>Condition</source>
        <translation>疾病</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="38"/>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="39"/>
        <source>Doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="40"/>
        <source>Drug</source>
        <translation>药品</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="41"/>
        <source>Test</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="42"/>
        <location filename="../../ui/render/Labels.cpp" line="66"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="43"/>
        <location filename="../../ui/render/Labels.cpp" line="67"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="44"/>
        <source>Leaflet</source>
        <translation>须知</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="45"/>
        <location filename="../../ui/render/Labels.cpp" line="125"/>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="46"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="54"/>
        <source>Overview</source>
        <translation>概述</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="55"/>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="56"/>
        <source>Causes</source>
        <translation>病因</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="57"/>
        <source>Diagnosis and tests</source>
        <translation>诊断与检查</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="58"/>
        <source>Treatment</source>
        <translation>治疗</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="59"/>
        <source>Living with it and care</source>
        <translation>护理与生活</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="60"/>
        <source>When to see a doctor</source>
        <translation>何时就医</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="61"/>
        <source>Prevention</source>
        <translation>预防</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="62"/>
        <source>Profile</source>
        <translation>简介</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="63"/>
        <source>How to use it</source>
        <translation>用法用量</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="64"/>
        <source>How it is done</source>
        <translation>检查过程</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="65"/>
        <source>Understanding the results</source>
        <translation>结果解读</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="68"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="69"/>
        <source>Questions to ask your doctor</source>
        <translation>可以问医生的问题</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="78"/>
        <source>What to do</source>
        <translation>须知内容</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="85"/>
        <source>Clinical title</source>
        <translation>职称</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="86"/>
        <source>Academic title</source>
        <translation>学术职称</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="87"/>
        <source>Specialty</source>
        <translation>擅长</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="88"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="89"/>
        <source>Manufacturer</source>
        <translation>生产厂家</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="90"/>
        <source>Form</source>
        <translation>剂型</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="91"/>
        <source>Indications</source>
        <translation>适应症</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="92"/>
        <source>Cautions</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="93"/>
        <source>What it is for</source>
        <translation>检查目的</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="94"/>
        <source>How to prepare</source>
        <translation>检查前准备</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="103"/>
        <source>Medicine</source>
        <translation>药物</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="104"/>
        <source>Injection</source>
        <translation>注射</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="105"/>
        <source>Surgery</source>
        <translation>手术</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="106"/>
        <source>Procedure</source>
        <translation>操作治疗</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="107"/>
        <source>Therapy</source>
        <translation>治疗方法</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="108"/>
        <source>Self-care</source>
        <translation>自我护理</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="109"/>
        <source>Lifestyle</source>
        <translation>生活方式</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="110"/>
        <source>Watchful waiting</source>
        <translation>观察等待</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="121"/>
        <source>Related doctors</source>
        <translation>相关医生</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="122"/>
        <source>Related tests</source>
        <translation>相关检查</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="123"/>
        <source>Related drugs</source>
        <translation>相关药品</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="124"/>
        <source>Related conditions</source>
        <translation>相关疾病</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="126"/>
        <source>About</source>
        <translation>相关主题</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="127"/>
        <source>Answered by</source>
        <translation>回答者</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="132"/>
        <source>Conditions treated</source>
        <translation>诊治疾病</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="133"/>
        <location filename="../../ui/render/Labels.cpp" line="134"/>
        <source>Used for these conditions</source>
        <translation>用于以下疾病</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="135"/>
        <source>Mentioned with</source>
        <translation>相关提及</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="137"/>
        <source>Answers given</source>
        <translation>已回答的问题</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="140"/>
        <source>Questions and answers</source>
        <translation>问答</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="141"/>
        <source>Related articles</source>
        <translation>相关文章</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="148"/>
        <source>Sample content</source>
        <translation>示例内容</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="149"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="150"/>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="156"/>
        <source>Emergency</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="157"/>
        <source>See a doctor soon</source>
        <translation>尽快就医</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="158"/>
        <source>Routine check</source>
        <translation>按时复诊</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="164"/>
        <source>Emergency: call 120 now</source>
        <translation>危险信号：立即拨打120</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="169"/>
        <source>Also known as %1</source>
        <translation>俗称 %1</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="177"/>
        <source>Reviewed by %1, %2</source>
        <translation>审核：%1，%2</translation>
    </message>
    <message>
        <location filename="../../ui/render/Labels.cpp" line="179"/>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
</context>
<context>
    <name>MatchKind</name>
    <message>
        <location filename="../../database/core/MatchKind.cpp" line="24"/>
        <source>also called %1</source>
        <translation>又称%1</translation>
    </message>
    <message>
        <location filename="../../database/core/MatchKind.cpp" line="25"/>
        <source>commonly called %1</source>
        <translation>俗称%1</translation>
    </message>
    <message>
        <location filename="../../database/core/MatchKind.cpp" line="32"/>
        <source>symptom: %1</source>
        <translation>症状：%1</translation>
    </message>
</context>
<context>
    <name>PageAccessible</name>
    <message>
        <location filename="../../ui/browser/PageAccessible.cpp" line="90"/>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../ui/browser/PageAccessible.cpp" line="410"/>
        <source>Heading level %1</source>
        <translation>%1 级标题</translation>
    </message>
    <message>
        <location filename="../../ui/browser/PageAccessible.cpp" line="484"/>
        <source>Open the linked page</source>
        <translation>打开链接的页面</translation>
    </message>
</context>
<context>
    <name>PageRenderer</name>
    <message>
        <location filename="../../ui/render/PageRenderer.cpp" line="65"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/render/PageRenderer.cpp" line="175"/>
        <source>Showing the first %n.</source>
        <translation>
            <numerusform>仅显示前 %n 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/render/PageRenderer.cpp" line="199"/>
        <source>Showing the first %n pages.</source>
        <translation>
            <numerusform>仅显示前 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/render/PageRenderer.cpp" line="202"/>
        <location filename="../../ui/render/PageRenderer.cpp" line="332"/>
        <source>Mentioned in</source>
        <translation>提及于</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageRenderer.cpp" line="210"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageRenderer.cpp" line="292"/>
        <source>Also called %1</source>
        <translation>又称%1</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageRenderer.cpp" line="300"/>
        <source>Sample content for demonstration. It has not been reviewed for use with patients; ask your doctor about your own situation.</source>
        <translation>演示用示例内容，未经审核，不可用于患者；您的具体情况请咨询医生。</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageRenderer.cpp" line="303"/>
        <source>Draft: this text has not been reviewed yet and may change. Ask your doctor about your own situation.</source>
        <translation>草稿：这段文字尚未经过审核，内容可能还会修改。您自己的情况请咨询医生。</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageRenderer.cpp" line="339"/>
        <source>On this page:</source>
        <translation>本页内容：</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageRenderer.cpp" line="356"/>
        <source>Page not found</source>
        <translation>找不到页面</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageRenderer.cpp" line="357"/>
        <source>There is no page for %1 in this content database. It may have been removed in a content update.</source>
        <translation>此内容数据库中没有 %1 的页面，可能已在内容更新中删除。</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageRenderer.cpp" line="350"/>
        <location filename="../../ui/render/PageRenderer.cpp" line="360"/>
        <source>Back to the home page</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageRenderer.cpp" line="350"/>
        <source>This page cannot be read</source>
        <translation>无法读取此页</translation>
    </message>
</context>
<context>
    <name>PageSource</name>
    <message>
        <location filename="../../ui/render/PageSource.cpp" line="41"/>
        <location filename="../../ui/render/PageSource.cpp" line="55"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/render/PageSource.cpp" line="60"/>
        <source>%n condition(s)</source>
        <translation>
            <numerusform>%n 种疾病</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/render/PageSource.cpp" line="61"/>
        <source>%n doctor(s)</source>
        <translation>
            <numerusform>%n 位医生</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/render/PageSource.cpp" line="83"/>
        <source>Sub-departments</source>
        <translation>下级科室</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageSource.cpp" line="87"/>
        <source>Showing the first %1 of %2. The %3 list, filtered by this department, shows them all.</source>
        <translation>仅显示 %2 项中的前 %1 项。在“%3”列表中按此科室筛选可查看全部。</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageSource.cpp" line="107"/>
        <source>Huanjiao patient education</source>
        <translation>患教 · 患者教育</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageSource.cpp" line="108"/>
        <source>Read about conditions, tests and medicines, and find the right department.</source>
        <translation>了解疾病、检查和药品，找到合适的科室。</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageSource.cpp" line="110"/>
        <source>This is sample content for demonstration (version %1). It has not been reviewed for use with patients.</source>
        <translation>本内容为演示用示例（版本 %1），未经审核，不可用于患者。</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageSource.cpp" line="115"/>
        <source>Common topics</source>
        <translation>常见主题</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageSource.cpp" line="145"/>
        <source>In this content: %1.</source>
        <translation>本内容包括：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageSource.cpp" line="146"/>
        <source>Content: %1, version %2, built %3</source>
        <translation>内容：%1，版本 %2，生成于 %3</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageSource.cpp" line="150"/>
        <source>With %1, version %2</source>
        <translation>含 %1，版本 %2</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageSource.cpp" line="48"/>
        <location filename="../../ui/render/PageSource.cpp" line="153"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../ui/render/PageSource.cpp" line="37"/>
        <source>Cannot be read</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../ui/render/PdfExport.cpp" line="26"/>
        <source>No file name was given for the PDF.</source>
        <translation>未指定 PDF 文件名。</translation>
    </message>
    <message>
        <location filename="../../ui/render/PdfExport.cpp" line="30"/>
        <source>%1 is a folder. Choose a file name for the PDF.</source>
        <translation>%1 是文件夹。请为 PDF 指定文件名。</translation>
    </message>
    <message>
        <location filename="../../ui/render/PdfExport.cpp" line="92"/>
        <source>Cannot write %1: %2. Choose another folder, for example your Documents folder.</source>
        <translation>无法写入 %1：%2。请选择其他文件夹，例如“文档”文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/render/PdfExport.cpp" line="50"/>
        <source>The handout could not be laid out as a PDF; nothing was saved.</source>
        <translation>无法将宣教单排版为 PDF；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/render/PdfExport.cpp" line="58"/>
        <source>%1 was kept as it was.</source>
        <translation>%1 保持原样。</translation>
    </message>
    <message>
        <location filename="../../ui/render/PdfExport.cpp" line="58"/>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/render/PdfExport.cpp" line="67"/>
        <source>The disk is full: %1 could not be written. Free some space or choose another place. %2</source>
        <translation>磁盘已满：无法写入 %1。请释放一些空间或选择其他位置。%2</translation>
    </message>
    <message>
        <location filename="../../ui/render/PdfExport.cpp" line="68"/>
        <location filename="../../ui/render/PdfExport.cpp" line="70"/>
        <source>Part of the PDF may have been written to it.</source>
        <translation>其中可能已写入部分 PDF。</translation>
    </message>
    <message>
        <location filename="../../ui/render/PdfExport.cpp" line="69"/>
        <source>Could not write %1: %2. %3</source>
        <translation>无法写入 %1：%2。%3</translation>
    </message>
    <message>
        <location filename="../../ui/render/PdfExport.cpp" line="75"/>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../ui/render/PdfExport.cpp" line="109"/>
        <source>%1 was saved but is not complete (%2 of %3 bytes). Save it again, in another place.</source>
        <translation>%1 已保存但不完整（%3 字节中只有 %2 字节）。请换个位置重新保存。</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <location filename="../../ui/manager/Publisher.cpp" line="28"/>
        <source>%1 “%2”: %3</source>
        <translation>%1“%2”：%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/manager/Publisher.cpp" line="39"/>
        <source>Not published: this clinic&apos;s content has %n problem(s). Correct them and publish again; what patients see has not changed.</source>
        <translation>
            <numerusform>未发布：本院内容有 %n 处问题。改正后再发布；患者看到的内容没有变化。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/manager/Publisher.cpp" line="50"/>
        <source>Not published: the database could not be built. What patients see has not changed.</source>
        <translation>未发布：无法生成数据库。患者看到的内容没有变化。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/manager/Publisher.cpp" line="58"/>
        <source>Published %n record(s) of this clinic to %1. Kiosks show them after their next idle reset.</source>
        <translation>
            <numerusform>已将本院 %n 条记录发布到 %1。自助机在下次空闲重置后显示。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelatedHtml</name>
    <message>
        <location filename="../../ui/render/RelatedHtml.cpp" line="35"/>
        <source>Specialty: %1</source>
        <translation>擅长：%1</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <location filename="../../database/core/Repository.cpp" line="61"/>
        <source>The content database could not be read (%1). It may be damaged: rebuild it or reinstall the content package.</source>
        <translation>无法读取内容数据库（%1）。数据库可能已损坏：请重新生成，或重新安装内容包。</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <location filename="../../database/core/SchemaCheck.cpp" line="100"/>
        <source>its list of tables cannot be read</source>
        <translation>无法读取其数据表清单</translation>
    </message>
    <message>
        <location filename="../../database/core/SchemaCheck.cpp" line="111"/>
        <source>the index %1 is missing</source>
        <translation>缺少索引 %1</translation>
    </message>
    <message>
        <location filename="../../database/core/SchemaCheck.cpp" line="111"/>
        <source>the table %1 is missing</source>
        <translation>缺少数据表 %1</translation>
    </message>
    <message>
        <location filename="../../database/core/SchemaCheck.cpp" line="113"/>
        <source>the index %1 is not on the table %2</source>
        <translation>索引 %1 不在数据表 %2 上</translation>
    </message>
    <message>
        <location filename="../../database/core/SchemaCheck.cpp" line="117"/>
        <source>the %1 %2 has no column %3</source>
        <translation>%1 %2 缺少列 %3</translation>
    </message>
    <message>
        <location filename="../../database/core/SchemaCheck.cpp" line="118"/>
        <location filename="../../database/core/SchemaCheck.cpp" line="121"/>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <location filename="../../database/core/SchemaCheck.cpp" line="118"/>
        <location filename="../../database/core/SchemaCheck.cpp" line="121"/>
        <source>table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../database/core/SchemaCheck.cpp" line="120"/>
        <source>the %1 %2 has other columns than this version of Huanjiao writes (%3)</source>
        <translation>%1 %2 的列与本版患教写入的不同（%3）</translation>
    </message>
    <message>
        <location filename="../../database/core/SchemaCheck.cpp" line="125"/>
        <source>the full-text index %1 is not made as this version of Huanjiao makes it</source>
        <translation>全文索引 %1 与本版患教建立的方式不同</translation>
    </message>
    <message>
        <location filename="../../database/core/SchemaCheck.cpp" line="137"/>
        <location filename="../../database/core/SchemaCheck.cpp" line="144"/>
        <source>the file cannot be read again (%1)</source>
        <translation>无法再次读取该文件（%1）</translation>
    </message>
    <message>
        <location filename="../../database/core/SchemaCheck.cpp" line="141"/>
        <location filename="../../database/core/SchemaCheck.cpp" line="150"/>
        <source>not enough memory to check the full-text index</source>
        <translation>内存不足，无法检查全文索引</translation>
    </message>
    <message>
        <location filename="../../database/core/SchemaCheck.cpp" line="166"/>
        <source>the full-text index %1 is damaged (%2)</source>
        <translation>全文索引 %1 已损坏（%2）</translation>
    </message>
</context>
<context>
    <name>SearchEngine</name>
    <message>
        <location filename="../../database/core/SearchEngine.cpp" line="515"/>
        <location filename="../../database/core/SearchEngine.cpp" line="522"/>
        <source>The content database could not be searched (%1). It may be damaged: rebuild it or reinstall the content package.</source>
        <translation>无法搜索内容数据库（%1）。数据库可能已损坏：请重新生成，或重新安装内容包。</translation>
    </message>
</context>
<context>
    <name>SourceParser</name>
    <message>
        <location filename="../../database/core/SourceParser.cpp" line="77"/>
        <source>text outside a record; a record starts with &apos;@kind id&apos;</source>
        <translation>记录之外有文本；记录以“@类别 id”开头</translation>
    </message>
    <message>
        <location filename="../../database/core/SourceParser.cpp" line="94"/>
        <source>a record starts with &apos;@kind id&apos;</source>
        <translation>记录以“@类别 id”开头</translation>
    </message>
    <message>
        <location filename="../../database/core/SourceParser.cpp" line="114"/>
        <source>continuation line with no field before it</source>
        <translation>续行前面没有字段</translation>
    </message>
    <message>
        <location filename="../../database/core/SourceParser.cpp" line="124"/>
        <source>expected &apos;key: value&apos; or a &apos;## section&apos; heading</source>
        <translation>应为“键: 值”或“## 章节”标题</translation>
    </message>
    <message>
        <location filename="../../database/core/SourceParser.cpp" line="158"/>
        <source>only &apos;## section&apos; and &apos;### item&apos; headings are allowed</source>
        <translation>只允许“## 章节”和“### 条目”标题</translation>
    </message>
    <message>
        <location filename="../../database/core/SourceParser.cpp" line="205"/>
        <source>not valid UTF-8 text; save the file as UTF-8</source>
        <translation>不是有效的 UTF-8 文本；请将文件保存为 UTF-8</translation>
    </message>
</context>
<context>
    <name>SourceTree</name>
    <message>
        <location filename="../../database/tools/SourceTree.cpp" line="24"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../database/tools/SourceTree.cpp" line="69"/>
        <source>%1 exists and is not a folder</source>
        <translation>%1 已存在且不是文件夹</translation>
    </message>
    <message>
        <location filename="../../database/tools/SourceTree.cpp" line="73"/>
        <source>%1 exists and is not a content folder (it has no content.md); choose a new or empty folder</source>
        <translation>%1 已存在且不是内容文件夹（没有 content.md）；请选择新的或空的文件夹</translation>
    </message>
    <message>
        <location filename="../../database/tools/SourceTree.cpp" line="79"/>
        <source>%1 exists and is not an earlier content folder; move it away first</source>
        <translation>%1 已存在且不是之前的内容文件夹；请先将它移走</translation>
    </message>
    <message>
        <location filename="../../database/tools/SourceTree.cpp" line="93"/>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <location filename="../../database/tools/SourceTree.cpp" line="99"/>
        <source>cannot create a folder beside %1: %2</source>
        <translation>无法在 %1 旁创建文件夹：%2</translation>
    </message>
    <message>
        <location filename="../../database/tools/SourceTree.cpp" line="109"/>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <location filename="../../database/tools/SourceTree.cpp" line="157"/>
        <source>the written folder has no @content record</source>
        <translation>写入的文件夹中没有 @content 记录</translation>
    </message>
    <message>
        <location filename="../../database/tools/SourceTree.cpp" line="169"/>
        <source>the written sources do not read back: %1</source>
        <translation>写入的源文件无法读回：%1</translation>
    </message>
    <message>
        <location filename="../../database/tools/SourceTree.cpp" line="173"/>
        <source>the written sources read back as %1 records instead of %2</source>
        <translation>写入的源文件读回为 %1 条记录，而不是 %2 条</translation>
    </message>
    <message>
        <location filename="../../database/tools/SourceTree.cpp" line="182"/>
        <source>%1/%2 does not read back as it was written (%3)</source>
        <translation>%1/%2 读回的内容与写入时不一致（%3）</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <location filename="../../database/core/UserStore.cpp" line="74"/>
        <source>Cannot create the folder %1 for bookmarks and recently viewed pages.</source>
        <translation>无法创建用于保存收藏和最近浏览的文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../../database/core/UserStore.cpp" line="140"/>
        <source>Cannot open the bookmarks file %1: %2</source>
        <translation>无法打开收藏文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../../database/core/UserStore.cpp" line="162"/>
        <source>it was written by a newer version of Huanjiao.</source>
        <translation>它由更新版本的患教写入。</translation>
    </message>
    <message>
        <location filename="../../database/core/UserStore.cpp" line="166"/>
        <source>the folder cannot be written.</source>
        <translation>该文件夹不可写入。</translation>
    </message>
    <message>
        <location filename="../../database/core/UserStore.cpp" line="283"/>
        <source>Your bookmarks could not be saved (%1). Nothing was changed.</source>
        <translation>收藏未能保存（%1）。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../database/core/UserStore.cpp" line="429"/>
        <source>The file is not valid JSON (%1 at byte %2). Nothing was imported.</source>
        <translation>该文件不是有效的 JSON（第 %2 字节处：%1）。没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../database/core/UserStore.cpp" line="437"/>
        <source>The file is not a Huanjiao bookmarks export. Nothing was imported.</source>
        <translation>该文件不是患教导出的收藏文件。没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../database/core/UserStore.cpp" line="449"/>
        <source>Bookmark %1 in the file has no Huanjiao address. Nothing was imported.</source>
        <translation>文件中的第 %1 条收藏没有患教地址。没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../database/core/UserStore.cpp" line="159"/>
        <source>it is not a Huanjiao bookmarks file but belongs to another program; it was left untouched. Move it away to keep bookmarks; until then there are none.</source>
        <translation>它不是患教的书签文件，而属于其他程序；未作任何改动。请把它移走以便保存书签；在此之前不保存书签。</translation>
    </message>
    <message>
        <location filename="../../database/core/UserStore.cpp" line="186"/>
        <source>its tables %1 are damaged, and no copy could be kept before mending them (%2); nothing was changed.</source>
        <translation>其数据表 %1 已损坏，修复前无法保留副本（%2）；未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../database/core/UserStore.cpp" line="190"/>
        <source>The bookmarks file %1 had damaged tables (%2); they were made again, empty. A copy of the file as it was is kept at %3.</source>
        <translation>书签文件 %1 中的数据表（%2）已损坏，已重新建立为空表。原文件的副本保存在 %3。</translation>
    </message>
</context>
<context>
    <name>XlsxSheet</name>
    <message>
        <location filename="../../database/clinic/XlsxSheet.cpp" line="153"/>
        <source>not an Excel workbook (.xlsx); save the sheet as an Excel workbook or as CSV UTF-8</source>
        <translation>不是 Excel 工作簿（.xlsx）；请另存为 Excel 工作簿或“CSV UTF-8”</translation>
    </message>
    <message>
        <location filename="../../database/clinic/XlsxSheet.cpp" line="162"/>
        <source>the workbook has no readable worksheet</source>
        <translation>工作簿中没有可读取的工作表</translation>
    </message>
    <message>
        <location filename="../../database/clinic/XlsxSheet.cpp" line="187"/>
        <source>the worksheet has a cell at &apos;%1&apos;, which is not a cell</source>
        <translation>工作表中有位于“%1”的单元格，但这不是有效的单元格位置</translation>
    </message>
    <message>
        <location filename="../../database/clinic/XlsxSheet.cpp" line="207"/>
        <source>the worksheet names a shared string that is not there</source>
        <translation>工作表引用了不存在的共享字符串</translation>
    </message>
    <message>
        <location filename="../../database/clinic/XlsxSheet.cpp" line="221"/>
        <source>the worksheet is damaged: %1</source>
        <translation>工作表已损坏：%1</translation>
    </message>
    <message>
        <location filename="../../database/clinic/XlsxSheet.cpp" line="225"/>
        <source>the sheet has no header row (row 1)</source>
        <translation>表格没有列名行（第 1 行）</translation>
    </message>
    <message>
        <location filename="../../database/clinic/XlsxSheet.cpp" line="245"/>
        <source>cannot write beside %1: %2</source>
        <translation>无法在 %1 旁写入：%2</translation>
    </message>
    <message>
        <location filename="../../database/clinic/XlsxSheet.cpp" line="252"/>
        <location filename="../../database/clinic/XlsxSheet.cpp" line="279"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../database/clinic/XlsxSheet.cpp" line="275"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>huanjiao-content</name>
    <message numerus="yes">
        <location filename="../../database/builder/main.cpp" line="61"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../database/builder/main.cpp" line="62"/>
        <source>in %n file(s)</source>
        <translation>
            <numerusform>位于 %n 个文件中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>huanjiao::AboutDialog</name>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="52"/>
        <location filename="../../ui/browser/AboutDialog.cpp" line="55"/>
        <source>About Huanjiao</source>
        <translation>关于患教</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="67"/>
        <source>Huanjiao Patient Education</source>
        <translation>患教 · 患者教育</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="68"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="72"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="73"/>
        <source>%1, version %2, built %3</source>
        <translation>%1，版本 %2，生成于 %3</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="76"/>
        <source>With %1, version %2</source>
        <translation>含 %1，版本 %2</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="79"/>
        <source>Each page names its source and the date it was last reviewed; the Sources list shows every source in this content.</source>
        <translation>每个页面都注明来源和最近审核日期；“来源”列表列出本内容的全部来源。</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="83"/>
        <source>This is sample content for demonstration. It has not been reviewed for use with patients.</source>
        <translation>本内容为演示用示例，未经审核，不可用于患者。</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="91"/>
        <source>Medical disclaimer</source>
        <translation>医疗免责声明</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="92"/>
        <source>Huanjiao gives general health information. It does not replace the advice of a doctor who knows your situation. Do not start, stop or change a treatment because of what you read here. In an emergency, call 120.</source>
        <translation>患教提供一般性健康信息，不能代替了解您病情的医生的建议。请勿因本软件的内容而开始、停止或更改治疗。如遇紧急情况，请拨打 120。</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="95"/>
        <source>Libraries and licences</source>
        <translation>所用软件库及许可证</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="99"/>
        <source>The Debian packages of these libraries carry their full licence texts under /usr/share/doc.</source>
        <translation>这些软件库的 Debian 软件包在 /usr/share/doc 下附有完整的许可证文本。</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="27"/>
        <source>GNU LGPL v3</source>
        <translation>GNU LGPL v3</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="28"/>
        <source>Public domain</source>
        <translation>公有领域</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="29"/>
        <source>Apache License 2.0</source>
        <translation>Apache License 2.0</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="30"/>
        <source>GNU LGPL v2.1 or later</source>
        <translation>GNU LGPL v2.1 或更高版本</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="32"/>
        <source>SIL Open Font License 1.1 / Apache License 2.0</source>
        <translation>SIL Open Font License 1.1 / Apache License 2.0</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="70"/>
        <source>Huanjiao is free software: you may share and change it under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>患教是自由软件：您可以依照 GNU 通用公共许可证第 3 版或（由您选择）任何更高版本（GPL 3.0 及以上版本）分发和修改它。本软件不提供任何担保。</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="86"/>
        <source>The sample content is licensed under the Creative Commons Attribution 4.0 International licence (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/). You may share and adapt it if you credit it: “Based on the Huanjiao sample content by the Huanjiao developers, CC BY 4.0”, and say what you changed.</source>
        <translation>示例内容采用知识共享署名 4.0 国际许可协议（CC BY 4.0，https://creativecommons.org/licenses/by/4.0/）。只要注明出处，您就可以分享和改编这些内容：“基于患教开发者的患教示例内容，CC BY 4.0”，并说明您作了哪些修改。</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="31"/>
        <source>Unicode Character Database (Unihan)</source>
        <translation>Unicode 字符数据库（Unihan）</translation>
    </message>
    <message>
        <location filename="../../ui/browser/AboutDialog.cpp" line="31"/>
        <source>Unicode License Agreement - Data Files and Software</source>
        <translation>Unicode 许可协议（数据文件与软件）</translation>
    </message>
</context>
<context>
    <name>huanjiao::AdminPinDialog</name>
    <message>
        <location filename="../../ui/kiosk/AdminPinDialog.cpp" line="25"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdminPinDialog.cpp" line="26"/>
        <source>Enter the admin PIN for the kiosk&apos;s settings or to leave kiosk mode.</source>
        <translation>请输入管理员密码，进入设置或退出自助机模式。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdminPinDialog.cpp" line="32"/>
        <source>Admin PIN</source>
        <translation>管理员密码</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdminPinDialog.cpp" line="45"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/AdminPinDialog.cpp" line="55"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>huanjiao::ArticleForm</name>
    <message>
        <location filename="../../ui/manager/ArticleForm.cpp" line="13"/>
        <source>Paragraphs separated by a blank line; a line starting with &quot;- &quot; is a bullet</source>
        <translation>段落之间空一行；以“- ”开头的行为列表项</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ArticleForm.cpp" line="16"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ArticleForm.cpp" line="17"/>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ArticleForm.cpp" line="18"/>
        <source>Sample</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ArticleForm.cpp" line="19"/>
        <location filename="../../ui/manager/ArticleForm.cpp" line="20"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日，如 2026-01-31</translation>
    </message>
</context>
<context>
    <name>huanjiao::BasketPanel</name>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="22"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="23"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="24"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="25"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="26"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="27"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="30"/>
        <source>Topics in the handout basket</source>
        <translation>宣教篮中的主题</translation>
    </message>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="39"/>
        <source>The basket is empty. Open a topic and choose Add to Basket to print several topics as one handout.</source>
        <translation>宣教篮是空的。打开一个主题并选择“加入宣教篮”，即可将多个主题打印成一份宣教单。</translation>
    </message>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="43"/>
        <source>Print this topic earlier (Ctrl+Up)</source>
        <translation>将此主题排到前面（Ctrl+Up）</translation>
    </message>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="44"/>
        <source>Print this topic later (Ctrl+Down)</source>
        <translation>将此主题排到后面（Ctrl+Down）</translation>
    </message>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="45"/>
        <source>Take this topic out of the basket (Delete)</source>
        <translation>将此主题移出宣教篮（Delete）</translation>
    </message>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="46"/>
        <source>Empty the basket</source>
        <translation>清空宣教篮</translation>
    </message>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="47"/>
        <source>Print every topic in the basket as one handout, with a contents list</source>
        <translation>将宣教篮中的所有主题打印为一份带目录的宣教单</translation>
    </message>
    <message>
        <location filename="../../ui/handout/BasketPanel.cpp" line="48"/>
        <source>Save every topic in the basket as one PDF, with a contents list</source>
        <translation>将宣教篮中的所有主题保存为一份带目录的 PDF</translation>
    </message>
</context>
<context>
    <name>huanjiao::BrowserWindow</name>
    <message>
        <location filename="../../ui/browser/BrowserWindow.cpp" line="36"/>
        <source>Huanjiao Patient Education</source>
        <translation>患教 · 患者教育</translation>
    </message>
    <message>
        <location filename="../../ui/browser/BrowserWindow.cpp" line="126"/>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <location filename="../../ui/browser/BrowserWindow.cpp" line="132"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location filename="../../ui/browser/BrowserWindow.cpp" line="137"/>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <location filename="../../ui/browser/BrowserWindow.cpp" line="145"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../ui/browser/BrowserWindow.cpp" line="149"/>
        <source>Close tab</source>
        <translation>关闭标签页</translation>
    </message>
    <message>
        <location filename="../../ui/browser/BrowserWindow.cpp" line="153"/>
        <source>Reopen closed tab</source>
        <translation>重新打开关闭的标签页</translation>
    </message>
    <message>
        <location filename="../../ui/browser/BrowserWindow.cpp" line="157"/>
        <source>New tab</source>
        <translation>新建标签页</translation>
    </message>
    <message>
        <location filename="../../ui/browser/BrowserWindow.cpp" line="161"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/browser/BrowserWindow.cpp" line="115"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>huanjiao::CandidateModel</name>
    <message>
        <location filename="../../ui/manager/CandidateModel.cpp" line="33"/>
        <source>%1 (this clinic)</source>
        <translation>%1（本院）</translation>
    </message>
</context>
<context>
    <name>huanjiao::ContentManagerLauncher</name>
    <message>
        <location filename="../../app/ContentManagerLauncher.cpp" line="22"/>
        <source>Content &amp;Manager…</source>
        <translation>内容管理(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ContentManagerLauncher.cpp" line="25"/>
        <source>Edit the clinic&apos;s own content in the content manager</source>
        <translation>在内容管理中编辑本诊所自己的内容</translation>
    </message>
    <message>
        <location filename="../../app/ContentManagerLauncher.cpp" line="43"/>
        <location filename="../../app/ContentManagerLauncher.cpp" line="50"/>
        <source>Content Manager</source>
        <translation>内容管理</translation>
    </message>
    <message>
        <location filename="../../app/ContentManagerLauncher.cpp" line="44"/>
        <source>The content manager (%1) is not installed. It comes with the huanjiao package; ask whoever looks after this computer to install it.</source>
        <translation>未安装内容管理程序（%1）。它随 huanjiao 软件包提供；请联系这台电脑的管理人员安装。</translation>
    </message>
    <message>
        <location filename="../../app/ContentManagerLauncher.cpp" line="51"/>
        <source>The content manager (%1) could not be started.</source>
        <translation>无法启动内容管理程序（%1）。</translation>
    </message>
</context>
<context>
    <name>huanjiao::CrisisCard</name>
    <message>
        <location filename="../../ui/search/CrisisCard.cpp" line="24"/>
        <source>Help now</source>
        <translation>现在就求助</translation>
    </message>
    <message>
        <location filename="../../ui/search/CrisisCard.cpp" line="68"/>
        <source>Read more about getting help</source>
        <translation>了解如何获得帮助</translation>
    </message>
    <message>
        <location filename="../../ui/search/CrisisCard.cpp" line="69"/>
        <source>Read about the warning signs</source>
        <translation>了解危险信号</translation>
    </message>
</context>
<context>
    <name>huanjiao::DepartmentBrowser</name>
    <message>
        <location filename="../../ui/browser/DepartmentBrowser.cpp" line="50"/>
        <source>Kind of entries in this department</source>
        <translation>本科室条目的类别</translation>
    </message>
</context>
<context>
    <name>huanjiao::DepartmentDrillDown</name>
    <message>
        <location filename="../../ui/kiosk/DepartmentDrillDown.cpp" line="19"/>
        <source>← All departments</source>
        <translation>← 全部科室</translation>
    </message>
</context>
<context>
    <name>huanjiao::DoctorForm</name>
    <message>
        <location filename="../../ui/manager/DoctorForm.cpp" line="31"/>
        <source>e.g. botulinum toxin injection for hemifacial spasm</source>
        <translation>例如：面肌痉挛的肉毒毒素注射治疗</translation>
    </message>
    <message>
        <location filename="../../ui/manager/DoctorForm.cpp" line="34"/>
        <source>A few sentences about the doctor, and when she sees patients</source>
        <translation>几句医生介绍，以及出诊时间</translation>
    </message>
</context>
<context>
    <name>huanjiao::DocumentTabs</name>
    <message>
        <location filename="../../ui/browser/DocumentTabs.cpp" line="32"/>
        <source>Open pages</source>
        <translation>已打开的页面</translation>
    </message>
</context>
<context>
    <name>huanjiao::EntityListView</name>
    <message>
        <location filename="../../ui/browser/EntityListView.cpp" line="69"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/browser/EntityListView.cpp" line="70"/>
        <source>Open in new tab</source>
        <translation>在新标签页中打开</translation>
    </message>
</context>
<context>
    <name>huanjiao::HandoutActions</name>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="84"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="37"/>
        <source>Handout Basket</source>
        <translation>宣教篮</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="54"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="56"/>
        <source>Print this page as a handout, with a preview (Ctrl+P)</source>
        <translation>将此页打印为宣教单，可先预览（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="63"/>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="65"/>
        <source>Save this page as a handout PDF</source>
        <translation>将此页保存为宣教单 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="72"/>
        <source>Add to &amp;Basket</source>
        <translation>加入宣教篮(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="74"/>
        <source>Collect this page for a handout of several topics</source>
        <translation>收集此页，用于制作多主题宣教单</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="80"/>
        <source>Handout &amp;Settings…</source>
        <translation>宣教单设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="92"/>
        <source>Handout</source>
        <translation>宣教单</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="118"/>
        <source>Print this page as a handout</source>
        <translation>将本页打印为宣教单</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="147"/>
        <source>%1 is in the handout basket already.</source>
        <translation>%1 已在宣教篮中。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/handout/HandoutActions.cpp" line="151"/>
        <source>Added %1 to the handout basket (%n topic(s)).</source>
        <translation>
            <numerusform>已将 %1 加入宣教篮（共 %n 个主题）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="159"/>
        <source>Add to Handout Basket</source>
        <translation>加入宣教篮</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutActions.cpp" line="78"/>
        <source>Show Handout Bas&amp;ket</source>
        <translation>显示宣教篮(&amp;K)</translation>
    </message>
</context>
<context>
    <name>huanjiao::HandoutChoicePanel</name>
    <message>
        <location filename="../../ui/handout/HandoutChoicePanel.cpp" line="14"/>
        <source>&amp;Full handout</source>
        <translation>完整宣教单(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutChoicePanel.cpp" line="15"/>
        <source>&amp;One-page summary</source>
        <translation>一页摘要(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutChoicePanel.cpp" line="23"/>
        <source>Every section of the topic, with questions to ask and lines for the answers.</source>
        <translation>主题的全部内容，附可向医生提的问题和记录回答的横线。</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutChoicePanel.cpp" line="24"/>
        <source>What it is, what to do and the emergency signs, on one page.</source>
        <translation>这是什么病、该怎么做、哪些是急症信号，印在一页上。</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutChoicePanel.cpp" line="29"/>
        <source>For example: next appointment, what to bring, an instruction for this patient.</source>
        <translation>例如：下次复诊时间、需要带什么、给这位患者的嘱咐。</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutChoicePanel.cpp" line="31"/>
        <source>&amp;Note for the patient</source>
        <translation>给患者的话(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutChoicePanel.cpp" line="33"/>
        <source>Printed in a box under the title with today&apos;s date. It is not saved anywhere and is cleared when this window closes.</source>
        <translation>印在标题下方的方框里，并附上今天的日期。不会保存在任何地方，关闭此窗口后即清除。</translation>
    </message>
</context>
<context>
    <name>huanjiao::HandoutCounts</name>
    <message>
        <location filename="../../ui/handout/HandoutCounts.cpp" line="33"/>
        <source>Handout &amp;Counts</source>
        <translation>宣教单统计(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutCounts.cpp" line="36"/>
        <source>&amp;Export as CSV…</source>
        <translation>导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutCounts.cpp" line="37"/>
        <source>&amp;Clear…</source>
        <translation>清除(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutCounts.cpp" line="59"/>
        <source>Counts not saved</source>
        <translation>统计未保存</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutCounts.cpp" line="60"/>
        <source>Cannot write %1: %2. Choose another folder, for example your Documents folder.</source>
        <translation>无法写入 %1：%2。请换一个文件夹，例如“文档”文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutCounts.cpp" line="69"/>
        <source>Saved the handout counts to %1.</source>
        <translation>已将宣教单统计保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutCounts.cpp" line="76"/>
        <source>handout-counts-%1.csv</source>
        <translation>宣教单统计-%1.csv</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutCounts.cpp" line="77"/>
        <source>Export handout counts</source>
        <translation>导出宣教单统计</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutCounts.cpp" line="78"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutCounts.cpp" line="89"/>
        <source>Clear handout counts</source>
        <translation>清除宣教单统计</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/handout/HandoutCounts.cpp" line="90"/>
        <source>Delete all %n count(s) of handouts given out? Export them first if the clinic needs them.</source>
        <translation>
            <numerusform>删除全部 %n 条宣教单发放统计？如诊所需要，请先导出。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutCounts.cpp" line="96"/>
        <source>Cleared the handout counts.</source>
        <translation>已清除宣教单统计。</translation>
    </message>
</context>
<context>
    <name>huanjiao::HandoutHeaderForm</name>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="30"/>
        <source>Printed at the top of every page</source>
        <translation>打印在每页顶部</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="36"/>
        <source>Clinic &amp;name:</source>
        <translation>诊所名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="37"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="38"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="43"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="47"/>
        <source>&amp;Logo:</source>
        <translation>标志(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="55"/>
        <source>&amp;QR code link:</source>
        <translation>二维码链接(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="92"/>
        <source>Choose the clinic&apos;s logo</source>
        <translation>选择诊所标志</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="94"/>
        <source>Images (%1)</source>
        <translation>图片（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="108"/>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="108"/>
        <source>Not an image that can be read</source>
        <translation>无法读取的图片</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="122"/>
        <source>The QR code on each handout leads here; {id} becomes the topic&apos;s id, for example hemifacial-spasm. Without a link the handouts have no QR code: a phone cannot open the program&apos;s own addresses.</source>
        <translation>每份宣教单上的二维码指向此链接；{id} 会替换为主题的 id，例如 hemifacial-spasm。不填链接则宣教单上没有二维码：手机打不开本程序自己的地址。</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="131"/>
        <source>The QR code link must contain {id}, where each topic&apos;s id goes, for example https://clinic.example/t/{id}.</source>
        <translation>二维码链接必须包含 {id}，用于填入各主题的 id，例如 https://clinic.example/t/{id}。</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutHeaderForm.cpp" line="140"/>
        <source>%1 cannot be read as an image. Choose a PNG or JPEG file, or leave the logo empty.</source>
        <translation>无法将 %1 作为图片读取。请选择 PNG 或 JPEG 文件，或不设标志。</translation>
    </message>
</context>
<context>
    <name>huanjiao::HandoutHeaderPage</name>
    <message>
        <location filename="../../ui/manager/HandoutHeaderPage.cpp" line="18"/>
        <source>&amp;Save the header</source>
        <translation>保存页眉(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/HandoutHeaderPage.cpp" line="24"/>
        <source>Printed at the top of every handout, at this desk and in the browser&apos;s print and export. Saved for this computer&apos;s user; a kiosk&apos;s own staff settings keep its own.</source>
        <translation>印在每份宣教单的顶部：本机打印和浏览器的打印、导出都用它。按本机的用户保存；自助机在它自己的工作人员设置里另设。</translation>
    </message>
    <message>
        <location filename="../../ui/manager/HandoutHeaderPage.cpp" line="40"/>
        <source>Not saved yet.</source>
        <translation>尚未保存。</translation>
    </message>
    <message>
        <location filename="../../ui/manager/HandoutHeaderPage.cpp" line="58"/>
        <source>The header could not be saved to %1.</source>
        <translation>页眉无法保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/manager/HandoutHeaderPage.cpp" line="62"/>
        <source>Saved. The next handout printed here carries this header.</source>
        <translation>已保存。此后在本机打印的宣教单都带这个页眉。</translation>
    </message>
</context>
<context>
    <name>huanjiao::HandoutSettingsDialog</name>
    <message>
        <location filename="../../ui/handout/HandoutSettingsDialog.cpp" line="24"/>
        <source>Handout Settings</source>
        <translation>宣教单设置</translation>
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
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutSettingsDialog.cpp" line="21"/>
        <source>&amp;Count the handouts given out (topic, kind and date only)</source>
        <translation>统计发放的宣教单(&amp;C)（仅记录主题、类型和日期）</translation>
    </message>
    <message>
        <location filename="../../ui/handout/HandoutSettingsDialog.cpp" line="28"/>
        <source>For the clinic&apos;s records: which topics patients take home. Never a note or anything about the patient. Export or clear the counts from the File menu.</source>
        <translation>供诊所存档：了解患者带走了哪些主题。从不记录给患者的话或任何患者信息。可在“文件”菜单中导出或清除统计。</translation>
    </message>
</context>
<context>
    <name>huanjiao::HospitalForm</name>
    <message>
        <location filename="../../ui/manager/HospitalForm.cpp" line="13"/>
        <source>Address, phone and opening hours, as patients should read them</source>
        <translation>地址、电话和门诊时间，按患者应看到的样子填写</translation>
    </message>
</context>
<context>
    <name>huanjiao::IdleCountdownOverlay</name>
    <message>
        <location filename="../../ui/kiosk/IdleCountdownOverlay.cpp" line="21"/>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/IdleCountdownOverlay.cpp" line="37"/>
        <source>The screen starts over for the next visitor.</source>
        <translation>屏幕即将为下一位访客重新开始。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/IdleCountdownOverlay.cpp" line="40"/>
        <source>Touch the screen to keep reading.</source>
        <translation>触摸屏幕可继续阅读。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/IdleCountdownOverlay.cpp" line="69"/>
        <source>%n second(s) left</source>
        <translation>
            <numerusform>还剩 %n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>huanjiao::KindBrowser</name>
    <message>
        <location filename="../../ui/browser/KindBrowser.cpp" line="45"/>
        <source>Browse by kind</source>
        <translation>按类别浏览</translation>
    </message>
</context>
<context>
    <name>huanjiao::KindChooser</name>
    <message>
        <location filename="../../ui/kiosk/KindChooser.cpp" line="21"/>
        <source>Browse by kind</source>
        <translation>按类别浏览</translation>
    </message>
</context>
<context>
    <name>huanjiao::KindListPage</name>
    <message>
        <location filename="../../ui/browser/KindListPage.cpp" line="40"/>
        <source>Filter by department</source>
        <translation>按科室筛选</translation>
    </message>
    <message>
        <location filename="../../ui/browser/KindListPage.cpp" line="41"/>
        <source>All departments</source>
        <translation>全部科室</translation>
    </message>
    <message>
        <location filename="../../ui/browser/KindListPage.cpp" line="54"/>
        <location filename="../../ui/browser/KindListPage.cpp" line="55"/>
        <source>Sort order</source>
        <translation>排序</translation>
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
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>huanjiao::KindPage</name>
    <message>
        <location filename="../../ui/manager/KindPage.cpp" line="25"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/manager/KindPage.cpp" line="26"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/manager/KindPage.cpp" line="27"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/manager/KindPage.cpp" line="37"/>
        <source>This clinic&apos;s %1</source>
        <translation>本院%1</translation>
    </message>
    <message>
        <location filename="../../ui/manager/KindPage.cpp" line="112"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/manager/KindPage.cpp" line="129"/>
        <source>Removed %1. Undo (Ctrl+Z) brings it back.</source>
        <translation>已删除 %1。撤销（Ctrl+Z）可恢复。</translation>
    </message>
</context>
<context>
    <name>huanjiao::KioskController</name>
    <message numerus="yes">
        <location filename="../../ui/kiosk/KioskController.cpp" line="453"/>
        <source>Wrong PIN. Try again in %n second(s).</source>
        <translation>
            <numerusform>密码错误。请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>huanjiao::KioskHomePage</name>
    <message>
        <location filename="../../ui/kiosk/KioskHomePage.cpp" line="61"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/KioskHomePage.cpp" line="96"/>
        <source>Huanjiao patient education</source>
        <translation>患教 · 患者教育</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/KioskHomePage.cpp" line="99"/>
        <source>Search for a condition, medicine or doctor</source>
        <translation>搜索疾病、药品或医生</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/KioskHomePage.cpp" line="151"/>
        <source>Common topics</source>
        <translation>常见主题</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/KioskHomePage.cpp" line="76"/>
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/KioskHomePage.cpp" line="97"/>
        <source>Touch a picture or a word to find a topic, or search with the keyboard.</source>
        <translation>触摸图片或文字查找主题，也可以用键盘搜索。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/KioskHomePage.cpp" line="123"/>
        <source>Where does it trouble you?</source>
        <translation>哪里不舒服？</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/KioskHomePage.cpp" line="133"/>
        <source>Ask about a symptom</source>
        <translation>问症状</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/KioskHomePage.cpp" line="134"/>
        <source>Touch what you feel: the conditions it may belong to appear in the list.</source>
        <translation>触摸您的不适，可能相关的疾病会列在搜索结果中。</translation>
    </message>
</context>
<context>
    <name>huanjiao::KioskLayout</name>
    <message>
        <location filename="../../ui/kiosk/KioskLayout.cpp" line="37"/>
        <source>Pinyin initials or Chinese</source>
        <translation>拼音首字母或汉字</translation>
    </message>
</context>
<context>
    <name>huanjiao::LeafletForm</name>
    <message>
        <location filename="../../ui/manager/LeafletForm.cpp" line="10"/>
        <source>e.g. 胃镜检查前准备</source>
        <translation>例如：胃镜检查前准备</translation>
    </message>
    <message>
        <location filename="../../ui/manager/LeafletForm.cpp" line="12"/>
        <source>Paragraphs separated by a blank line; a line starting with &quot;- &quot; is a bullet</source>
        <translation>段落之间空一行；以“- ”开头的行为列表项</translation>
    </message>
    <message>
        <location filename="../../ui/manager/LeafletForm.cpp" line="17"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/manager/LeafletForm.cpp" line="18"/>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../../ui/manager/LeafletForm.cpp" line="19"/>
        <source>Sample</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../ui/manager/LeafletForm.cpp" line="20"/>
        <location filename="../../ui/manager/LeafletForm.cpp" line="21"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日，如 2026-01-31</translation>
    </message>
</context>
<context>
    <name>huanjiao::LetterBar</name>
    <message>
        <location filename="../../ui/browser/LetterBar.cpp" line="16"/>
        <source>Index by pinyin initial</source>
        <translation>按拼音首字母索引</translation>
    </message>
    <message>
        <location filename="../../ui/browser/LetterBar.cpp" line="31"/>
        <source>Other initials</source>
        <translation>其他首字母</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/browser/LetterBar.cpp" line="47"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/browser/LetterBar.cpp" line="47"/>
        <source>No entries</source>
        <translation>无条目</translation>
    </message>
</context>
<context>
    <name>huanjiao::LinkPicker</name>
    <message>
        <location filename="../../ui/manager/LinkPicker.cpp" line="19"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/manager/LinkPicker.cpp" line="19"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/manager/LinkPicker.cpp" line="20"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/manager/LinkPicker.cpp" line="20"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>huanjiao::LinkPickerDialog</name>
    <message>
        <location filename="../../ui/manager/LinkPickerDialog.cpp" line="25"/>
        <source>Choose: %1</source>
        <translation>选择：%1</translation>
    </message>
    <message>
        <location filename="../../ui/manager/LinkPickerDialog.cpp" line="29"/>
        <source>Search by name, pinyin or initials</source>
        <translation>按名称、拼音或首字母搜索</translation>
    </message>
    <message>
        <location filename="../../ui/manager/LinkPickerDialog.cpp" line="37"/>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <location filename="../../ui/manager/LinkPickerDialog.cpp" line="50"/>
        <source>Ctrl+click to choose several.</source>
        <translation>按住 Ctrl 单击可选择多项。</translation>
    </message>
</context>
<context>
    <name>huanjiao::ManagerWindow</name>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="45"/>
        <source>Content Manager — Huanjiao</source>
        <translation>内容管理 — 患教</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="57"/>
        <source>Handout header</source>
        <translation>宣教单页眉</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="58"/>
        <source>Handout header saved.</source>
        <translation>宣教单页眉已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="67"/>
        <source>Publishing</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="80"/>
        <source>Changes are saved at once to %1; patients see them after Publish.</source>
        <translation>修改会立即保存到 %1；发布后患者才能看到。</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="99"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="100"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="101"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="105"/>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="115"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="115"/>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U)：%1</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="120"/>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="125"/>
        <source>P&amp;ublish</source>
        <translation>发布(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="146"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/ManagerWindow.cpp" line="163"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>huanjiao::OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/kiosk/OnScreenKeyboard.cpp" line="25"/>
        <source>On-screen keyboard</source>
        <translation>屏幕键盘</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/OnScreenKeyboard.cpp" line="43"/>
        <source>Backspace</source>
        <translation>退格</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/OnScreenKeyboard.cpp" line="44"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/OnScreenKeyboard.cpp" line="49"/>
        <location filename="../../ui/kiosk/OnScreenKeyboard.cpp" line="80"/>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/OnScreenKeyboard.cpp" line="50"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/OnScreenKeyboard.cpp" line="50"/>
        <source>Open the first result</source>
        <translation>打开第一个结果</translation>
    </message>
</context>
<context>
    <name>huanjiao::OpenErrorDialog</name>
    <message>
        <location filename="../../ui/browser/OpenErrorDialog.cpp" line="9"/>
        <source>Cannot open the content</source>
        <translation>无法打开内容</translation>
    </message>
</context>
<context>
    <name>huanjiao::PageView</name>
    <message>
        <location filename="../../ui/browser/PageView.cpp" line="448"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/browser/PageView.cpp" line="449"/>
        <source>Open in new tab</source>
        <translation>在新标签页中打开</translation>
    </message>
    <message>
        <location filename="../../ui/browser/PageView.cpp" line="454"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/browser/PageView.cpp" line="456"/>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>huanjiao::PersonalActions</name>
    <message>
        <location filename="../../ui/personal/PersonalActions.cpp" line="36"/>
        <source>Bookmarks and History</source>
        <translation>收藏与历史</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalActions.cpp" line="62"/>
        <source>&amp;Bookmark This Page</source>
        <translation>收藏本页(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalActions.cpp" line="66"/>
        <source>Bookmark this page, or remove its bookmark (Ctrl+D)</source>
        <translation>收藏本页，或取消收藏（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalActions.cpp" line="69"/>
        <source>Bookmarks and &amp;History</source>
        <translation>收藏与历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalActions.cpp" line="111"/>
        <source>Removed the bookmark for %1.</source>
        <translation>已取消收藏 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalActions.cpp" line="115"/>
        <source>Bookmarked %1.</source>
        <translation>已收藏 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalActions.cpp" line="127"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/personal/PersonalActions.cpp" line="130"/>
        <source>Saved %n bookmark(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条收藏保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalActions.cpp" line="138"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/personal/PersonalActions.cpp" line="145"/>
        <source>Added %n bookmark(s).</source>
        <translation>
            <numerusform>已添加 %n 条收藏。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalActions.cpp" line="153"/>
        <source>Export Bookmarks</source>
        <translation>导出收藏</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalActions.cpp" line="155"/>
        <location filename="../../ui/personal/PersonalActions.cpp" line="164"/>
        <source>Bookmarks (*.json)</source>
        <translation>收藏 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalActions.cpp" line="164"/>
        <source>Import Bookmarks</source>
        <translation>导入收藏</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalActions.cpp" line="188"/>
        <source>Bookmarks</source>
        <translation>收藏</translation>
    </message>
</context>
<context>
    <name>huanjiao::PersonalPanel</name>
    <message>
        <location filename="../../ui/personal/PersonalPanel.cpp" line="17"/>
        <source>Bookmarks</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalPanel.cpp" line="18"/>
        <source>Recently viewed</source>
        <translation>最近浏览</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalPanel.cpp" line="19"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalPanel.cpp" line="20"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalPanel.cpp" line="21"/>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalPanel.cpp" line="23"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalPanel.cpp" line="24"/>
        <source>Remove the selected bookmark</source>
        <translation>移除选中的收藏</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalPanel.cpp" line="25"/>
        <source>Save the bookmarks to a JSON file</source>
        <translation>将收藏保存为 JSON 文件</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalPanel.cpp" line="26"/>
        <source>Add the bookmarks of a JSON file</source>
        <translation>从 JSON 文件添加收藏</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalPanel.cpp" line="27"/>
        <source>Forget the recently viewed pages</source>
        <translation>清除最近浏览的页面</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalPanel.cpp" line="29"/>
        <source>&amp;Bookmarks</source>
        <translation>收藏(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/personal/PersonalPanel.cpp" line="31"/>
        <source>Recently &amp;viewed</source>
        <translation>最近浏览(&amp;V)</translation>
    </message>
</context>
<context>
    <name>huanjiao::PreviewPanel</name>
    <message>
        <location filename="../../ui/manager/PreviewPanel.cpp" line="69"/>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../ui/manager/PreviewPanel.cpp" line="70"/>
        <source>Handout</source>
        <translation>讲义</translation>
    </message>
    <message>
        <location filename="../../ui/manager/PreviewPanel.cpp" line="72"/>
        <source>Preview shows the record chosen as the kiosk will show it.</source>
        <translation>预览按自助机的样子显示所选记录。</translation>
    </message>
    <message>
        <location filename="../../ui/manager/PreviewPanel.cpp" line="85"/>
        <source>Building the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <location filename="../../ui/manager/PreviewPanel.cpp" line="97"/>
        <location filename="../../ui/manager/PreviewPanel.cpp" line="120"/>
        <source>No preview: %1</source>
        <translation>无法预览：%1</translation>
    </message>
    <message>
        <location filename="../../ui/manager/PreviewPanel.cpp" line="119"/>
        <source>Preview of %1, as it will be published.</source>
        <translation>%1 的预览，与发布后一致。</translation>
    </message>
</context>
<context>
    <name>huanjiao::PrintController</name>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="66"/>
        <source>Page not found</source>
        <translation>找不到页面</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="67"/>
        <source>There is no page %1 in this content database, so nothing was printed. It may have been removed in a content update; remove it from the basket and try again.</source>
        <translation>此内容数据库中没有页面 %1，因此未打印任何内容。它可能已在内容更新中删除；请将其移出宣教篮后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="94"/>
        <source>Handout %1</source>
        <translation>宣教单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="122"/>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="123"/>
        <source>The printer reported an error and the handout may not have printed completely. Check that the printer is switched on, connected and has paper, then print again, or export a PDF instead.</source>
        <translation>打印机报告错误，宣教单可能未完整打印。请检查打印机已开机、已连接且有纸，然后重新打印，或改为导出 PDF。</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="208"/>
        <source>No printer</source>
        <translation>没有打印机</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="151"/>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="187"/>
        <location filename="../../ui/handout/PrintController.cpp" line="232"/>
        <source>Sent %1 to the printer.</source>
        <translation>已将 %1 发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="200"/>
        <source>Printing is off</source>
        <translation>打印已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="201"/>
        <source>Printing is switched off here. Please ask at the reception desk for a printed copy.</source>
        <translation>此处已关闭打印。如需纸质版，请到服务台索取。</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="209"/>
        <source>No printer is connected here, so this cannot be printed. Please ask at the reception desk for a printed copy.</source>
        <translation>此处没有连接打印机，无法打印。如需纸质版，请到服务台索取。</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="277"/>
        <source>Export handout as PDF</source>
        <translation>将宣教单导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="279"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="301"/>
        <source>PDF not saved</source>
        <translation>PDF 未保存</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/handout/PrintController.cpp" line="307"/>
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>已保存 %1（%n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="258"/>
        <source>Export handout: %1</source>
        <translation>导出宣教单：%1</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="261"/>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/handout/PrintController.cpp" line="184"/>
        <source>No printer is installed: saved %1 as a PDF to print elsewhere.</source>
        <translation>本机没有安装打印机：已把 %1 存为 PDF，可到别处打印。</translation>
    </message>
</context>
<context>
    <name>huanjiao::PublishReport</name>
    <message>
        <location filename="../../ui/manager/PublishReport.cpp" line="12"/>
        <source>Not published yet in this session.</source>
        <translation>本次尚未发布。</translation>
    </message>
    <message>
        <location filename="../../ui/manager/PublishReport.cpp" line="25"/>
        <source>Publishing…</source>
        <translation>正在发布…</translation>
    </message>
</context>
<context>
    <name>huanjiao::ReadAloud</name>
    <message>
        <location filename="../../ui/browser/ReadAloud.cpp" line="32"/>
        <source>Reading aloud stopped: %1</source>
        <translation>朗读已停止：%1</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ReadAloud.cpp" line="44"/>
        <source>&amp;Read Aloud</source>
        <translation>朗读(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ReadAloud.cpp" line="46"/>
        <source>Read the selected text, or the whole page, aloud (Ctrl+Shift+R)</source>
        <translation>朗读选中的文字，或整个页面（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ReadAloud.cpp" line="48"/>
        <source>&amp;Pause Reading</source>
        <translation>暂停朗读(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ReadAloud.cpp" line="51"/>
        <source>Pause reading aloud, or go on (Ctrl+Shift+Space)</source>
        <translation>暂停朗读，或继续（Ctrl+Shift+空格）</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ReadAloud.cpp" line="54"/>
        <source>S&amp;top Reading</source>
        <translation>停止朗读(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ReadAloud.cpp" line="56"/>
        <source>Stop reading aloud (Ctrl+Shift+.)</source>
        <translation>停止朗读（Ctrl+Shift+.）</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ReadAloud.cpp" line="69"/>
        <source>Read Aloud</source>
        <translation>朗读</translation>
    </message>
</context>
<context>
    <name>huanjiao::RecordForm</name>
    <message>
        <location filename="../../ui/manager/RecordForm.cpp" line="95"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
</context>
<context>
    <name>huanjiao::RecordListModel</name>
    <message>
        <location filename="../../ui/manager/RecordListModel.cpp" line="57"/>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
</context>
<context>
    <name>huanjiao::SearchBox</name>
    <message>
        <location filename="../../ui/search/SearchBox.cpp" line="13"/>
        <source>Clear search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchBox.cpp" line="24"/>
        <source>Search conditions, doctors, drugs… (pinyin and initials work too)</source>
        <translation>搜索疾病、医生、药品…（也可输入拼音或首字母）</translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchBox.cpp" line="25"/>
        <source>Search</source>
        <translation>搜索</translation>
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
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchResultsModel.cpp" line="89"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>huanjiao::SetAdminPinCommand</name>
    <message>
        <location filename="../../app/SetAdminPinCommand.cpp" line="66"/>
        <source>New admin PIN (%1 to %2 digits): </source>
        <translation>新的管理员密码（%1 至 %2 位数字）：</translation>
    </message>
    <message>
        <location filename="../../app/SetAdminPinCommand.cpp" line="67"/>
        <source>The same PIN again: </source>
        <translation>请再次输入密码：</translation>
    </message>
    <message>
        <location filename="../../app/SetAdminPinCommand.cpp" line="68"/>
        <source>No PIN given; nothing changed.</source>
        <translation>未输入密码；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/SetAdminPinCommand.cpp" line="72"/>
        <source>The two PINs differ; nothing changed.</source>
        <translation>两次输入的密码不一致；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/SetAdminPinCommand.cpp" line="76"/>
        <source>No PIN on standard input; nothing changed. Give it as one line, or run this on a terminal.</source>
        <translation>标准输入中没有密码；没有做任何更改。请作为一行输入，或在终端中运行。</translation>
    </message>
    <message>
        <location filename="../../app/SetAdminPinCommand.cpp" line="84"/>
        <source>Nothing changed.</source>
        <translation>没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/SetAdminPinCommand.cpp" line="87"/>
        <source>The admin PIN is set (kept as a salted Argon2id hash in %1, readable by you only).</source>
        <translation>管理员密码已设置（以加盐的 Argon2id 哈希保存在 %1，只有您能读取）。</translation>
    </message>
</context>
<context>
    <name>huanjiao::SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="51"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="53"/>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="54"/>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="55"/>
        <source>&amp;Kiosk</source>
        <translation>自助机(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="90"/>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="101"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="93"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="98"/>
        <source>Type size of pages, in percent</source>
        <translation>页面字号（百分比）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="102"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="103"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="104"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="105"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="107"/>
        <source>The database installed with Huanjiao</source>
        <translation>患教自带的数据库</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="108"/>
        <source>Content database</source>
        <translation>内容数据库</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="109"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="110"/>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="411"/>
        <source>Choose the content database</source>
        <translation>选择内容数据库</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="116"/>
        <source>Clinic details for handouts…</source>
        <translation>宣教单上的诊所信息…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="117"/>
        <source>Clinic details for handouts</source>
        <translation>宣教单上的诊所信息</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="121"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="122"/>
        <source>&amp;Type size:</source>
        <translation>字号(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="123"/>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="124"/>
        <source>Content &amp;database:</source>
        <translation>内容数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="130"/>
        <source>A new language or database takes effect when Huanjiao is started again.</source>
        <translation>更改语言或数据库后，需重新启动患教才能生效。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="149"/>
        <source>For a waiting-room kiosk started with huanjiao --kiosk. These take effect the next time the kiosk is started; on the kiosk, staff change them behind the admin PIN (hold the top right corner), and there they apply at once.</source>
        <translation>用于以 huanjiao --kiosk 启动的候诊区自助机。这些设置在下次启动自助机时生效；在自助机上，工作人员输入管理员密码后也可修改（长按右上角），修改立即生效。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="155"/>
        <source>s</source>
        <comment>seconds</comment>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="162"/>
        <source>Idle time before the countdown, in seconds</source>
        <translation>倒计时开始前的空闲时间（秒）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="169"/>
        <source>Length of the countdown before the kiosk resets, in seconds</source>
        <translation>自助机重置前的倒计时长度（秒）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="172"/>
        <source>Straight to the default printer, no dialog</source>
        <translation>直接发送到默认打印机，不弹出对话框</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="173"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="176"/>
        <source>Kiosk printing</source>
        <translation>自助机打印</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="180"/>
        <source>pt</source>
        <comment>points of type size</comment>
        <translation>磅</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="183"/>
        <source>Kiosk type size, in points</source>
        <translation>自助机字号（磅）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="231"/>
        <source>An admin PIN is set. Type a new one twice to change it.</source>
        <translation>已设置管理员密码。如需更改，请输入两次新密码。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="244"/>
        <source>No admin PIN is set: the kiosk cannot be left from the screen. Type one twice to set it.</source>
        <translation>尚未设置管理员密码：无法在屏幕上退出自助机。请输入两次以设置密码。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="205"/>
        <source>New admin PIN</source>
        <translation>新管理员密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="206"/>
        <source>%1 to %2 digits</source>
        <translation>%1 至 %2 位数字</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="207"/>
        <source>New admin PIN again</source>
        <translation>再次输入新管理员密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="208"/>
        <source>The same PIN again</source>
        <translation>再次输入相同的密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="211"/>
        <source>&amp;Idle time before the countdown:</source>
        <translation>倒计时前的空闲时间(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="212"/>
        <source>&amp;Countdown:</source>
        <translation>倒计时(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="213"/>
        <source>&amp;Printing:</source>
        <translation>打印(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="214"/>
        <source>Kiosk type si&amp;ze:</source>
        <translation>自助机字号(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="215"/>
        <source>Admin PIN:</source>
        <translation>管理员密码：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="216"/>
        <source>&amp;New admin PIN:</source>
        <translation>新管理员密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="217"/>
        <source>&amp;Repeat the PIN:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="347"/>
        <source>The two admin PINs are not the same. Type the new PIN in both fields, or leave both empty to keep the PIN as it is.</source>
        <translation>两次输入的管理员密码不一致。请在两个输入框中输入相同的新密码，或两者都留空以保留原密码。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="356"/>
        <source>There is no content database at %1. Choose the huanjiao.sqlite file, or leave the field empty.</source>
        <translation>%1 处没有内容数据库。请选择 huanjiao.sqlite 文件，或将此栏留空。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="403"/>
        <source>Cannot write the settings file %1.</source>
        <translation>无法写入设置文件 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="412"/>
        <source>Content databases (*.sqlite)</source>
        <translation>内容数据库 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="251"/>
        <source>Numbers on the crisis card</source>
        <translation>危机提示卡上的电话</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="263"/>
        <source>Mental-health line</source>
        <translation>心理援助热线</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="265"/>
        <source>Ambulance number</source>
        <translation>急救电话</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="267"/>
        <source>Police number</source>
        <translation>报警电话</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="271"/>
        <source>Shown when a search signals thoughts of suicide or a medical emergency. A field left empty gives the national number.</source>
        <translation>搜索内容流露出轻生念头或描述急症时显示。留空则使用全国统一号码。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="277"/>
        <source>&amp;Mental-health line:</source>
        <translation>心理援助热线(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="278"/>
        <source>&amp;Ambulance:</source>
        <translation>急救电话(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="279"/>
        <source>P&amp;olice:</source>
        <translation>报警电话(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="309"/>
        <source>%1 is not a telephone number: write 3 to 15 digits (spaces, dashes and a leading + are allowed), or leave the field empty for the national number.</source>
        <translation>%1 不是电话号码：请填写 3 到 15 位数字（可含空格、短横线，开头可有 +），或留空以使用全国统一号码。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="233"/>
        <source>The admin PIN set by an earlier version of Huanjiao no longer unlocks the kiosk: it was kept where every user of this computer could read it, and it may be shorter than %1 digits. Type a new PIN of %1 to %2 digits twice to replace it.</source>
        <translation>旧版患教设置的管理员密码已不能退出自助机：它保存在本机所有用户都能读取的位置，而且可能不足 %1 位。请输入两次 %1 到 %2 位数字的新密码来替换它。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="239"/>
        <source>The admin PIN file can be read or changed by other users, so it is not used and the kiosk cannot be left from the screen. Type a new PIN twice to replace it.</source>
        <translation>管理员密码文件可被其他用户读取或修改，因此不予使用，无法在屏幕上退出自助机。请输入两次新密码来替换它。</translation>
    </message>
</context>
<context>
    <name>huanjiao::SheetActions</name>
    <message>
        <location filename="../../ui/manager/SheetActions.cpp" line="18"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/SheetActions.cpp" line="28"/>
        <source>&amp;Import Spreadsheet…</source>
        <translation>导入表格(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/manager/SheetActions.cpp" line="31"/>
        <source>Import %1 from a spreadsheet</source>
        <translation>从表格导入%1</translation>
    </message>
    <message>
        <location filename="../../ui/manager/SheetActions.cpp" line="35"/>
        <source>&amp;Export Spreadsheet…</source>
        <translation>导出表格(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/manager/SheetActions.cpp" line="37"/>
        <source>Export %1 to a spreadsheet</source>
        <translation>将%1导出为表格</translation>
    </message>
    <message>
        <location filename="../../ui/manager/SheetActions.cpp" line="42"/>
        <source>Save a Spreadsheet &amp;Template…</source>
        <translation>下载表格模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/manager/SheetActions.cpp" line="44"/>
        <source>Template for %1</source>
        <translation>%1表格模板</translation>
    </message>
    <message>
        <location filename="../../ui/manager/SheetActions.cpp" line="45"/>
        <source>%1 template</source>
        <translation>%1模板</translation>
    </message>
    <message>
        <location filename="../../ui/manager/SheetActions.cpp" line="66"/>
        <source>Nothing imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/manager/SheetActions.cpp" line="72"/>
        <source>Nothing imported from %1: %n problem(s), listed by row and column. Correct the sheet and import it again.</source>
        <translation>
            <numerusform>未从 %1 导入任何内容：共 %n 处问题，按行和列列出。改正表格后再导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/manager/SheetActions.cpp" line="79"/>
        <source>Imported %n record(s) from %1. Publish to show them to patients.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 条记录。发布后患者才能看到。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/manager/SheetActions.cpp" line="90"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/manager/SheetActions.cpp" line="91"/>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <location filename="../../ui/manager/SheetActions.cpp" line="100"/>
        <source>Template saved to %1.</source>
        <translation>模板已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/manager/SheetActions.cpp" line="101"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>huanjiao::ShortcutsDialog</name>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="18"/>
        <source>Keyboard Shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="22"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="22"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="23"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="62"/>
        <source>Move between controls</source>
        <translation>在控件之间移动</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="62"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="63"/>
        <source>Move between links on a page</source>
        <translation>在页面链接之间移动</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="63"/>
        <source>Tab, Shift+Tab, then Enter to open</source>
        <translation>Tab、Shift+Tab，按 Enter 打开</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="64"/>
        <source>Open a link in a new tab</source>
        <translation>在新标签页中打开链接</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="64"/>
        <source>Ctrl+click, middle click</source>
        <translation>Ctrl+单击、鼠标中键单击</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="65"/>
        <source>Larger or smaller text</source>
        <translation>放大或缩小文字</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="65"/>
        <source>Ctrl+mouse wheel</source>
        <translation>Ctrl+鼠标滚轮</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="66"/>
        <source>Open a menu</source>
        <translation>打开菜单</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ShortcutsDialog.cpp" line="66"/>
        <source>Alt, or Alt+the underlined letter</source>
        <translation>Alt，或 Alt+带下划线的字母</translation>
    </message>
</context>
<context>
    <name>huanjiao::Sidebar</name>
    <message>
        <location filename="../../ui/browser/Sidebar.cpp" line="42"/>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/browser/Sidebar.cpp" line="47"/>
        <source>Show only</source>
        <translation>只显示</translation>
    </message>
    <message>
        <location filename="../../ui/browser/Sidebar.cpp" line="49"/>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <location filename="../../ui/browser/Sidebar.cpp" line="62"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../ui/browser/Sidebar.cpp" line="124"/>
        <source>All departments</source>
        <translation>全部科室</translation>
    </message>
    <message>
        <location filename="../../ui/browser/Sidebar.cpp" line="225"/>
        <source>Nothing found for “%1”.</source>
        <translation>没有找到“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/browser/Sidebar.cpp" line="232"/>
        <source>Did you mean:</source>
        <translation>您要找的是不是：</translation>
    </message>
    <message>
        <location filename="../../ui/browser/Sidebar.cpp" line="235"/>
        <source>Try fewer characters, pinyin initials (for example mjjl), or another name.</source>
        <translation>试试减少字数、输入拼音首字母（例如 mjjl）或换个名称。</translation>
    </message>
</context>
<context>
    <name>huanjiao::StaffChoiceDialog</name>
    <message>
        <location filename="../../ui/kiosk/StaffChoiceDialog.cpp" line="13"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffChoiceDialog.cpp" line="16"/>
        <source>What would you like to do?</source>
        <translation>请选择要做的事：</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffChoiceDialog.cpp" line="24"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffChoiceDialog.cpp" line="25"/>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffChoiceDialog.cpp" line="26"/>
        <source>Back to the kiosk</source>
        <translation>返回自助机</translation>
    </message>
</context>
<context>
    <name>huanjiao::StaffSettingsDialog</name>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="37"/>
        <source>Print the one-page summary in large print</source>
        <translation>单页摘要用大字打印</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="38"/>
        <source>Count the handouts given out</source>
        <translation>统计发放的宣教单</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="41"/>
        <source>Kiosk settings</source>
        <translation>自助机设置</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="44"/>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="48"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="51"/>
        <source>Print on the default printer</source>
        <translation>用默认打印机打印</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="52"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="56"/>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="69"/>
        <source>Reset after no touch for:</source>
        <translation>无人操作多久后重置：</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="70"/>
        <source>Countdown before the reset:</source>
        <translation>重置前倒计时：</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="71"/>
        <source>Printing:</source>
        <translation>打印：</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="73"/>
        <source>Type size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="76"/>
        <source>Counts keep the topic, the kind of handout and the date only: never anything about the visitor. Export them from File ▸ Handout Counts after leaving kiosk mode.</source>
        <translation>统计只记录主题、宣教单类型和日期，绝不记录访客的任何信息。退出自助机模式后，可在“文件 ▸ 宣教单统计”中导出。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="92"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/StaffSettingsDialog.cpp" line="94"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>huanjiao::ViewActions</name>
    <message>
        <location filename="../../ui/browser/ViewActions.cpp" line="82"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ViewActions.cpp" line="85"/>
        <source>&amp;Larger Text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ViewActions.cpp" line="88"/>
        <source>&amp;Smaller Text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ViewActions.cpp" line="90"/>
        <source>&amp;Normal Size</source>
        <translation>正常大小(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ViewActions.cpp" line="93"/>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ViewActions.cpp" line="97"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ViewActions.cpp" line="100"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ViewActions.cpp" line="102"/>
        <source>&amp;About Huanjiao</source>
        <translation>关于患教(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ViewActions.cpp" line="175"/>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ViewActions.cpp" line="187"/>
        <source>Restart Huanjiao?</source>
        <translation>重新启动患教？</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ViewActions.cpp" line="188"/>
        <source>The new language or content database is used once Huanjiao starts again. Restart now? Your open pages are closed; bookmarks and history are kept.</source>
        <translation>新的界面语言或内容数据库要在患教重新启动后才生效。现在重新启动吗？打开的页面会关闭，书签和浏览记录会保留。</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ViewActions.cpp" line="192"/>
        <source>&amp;Restart Now</source>
        <translation>现在重新启动(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/browser/ViewActions.cpp" line="193"/>
        <source>&amp;Later</source>
        <translation>以后再说(&amp;L)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui_main.cpp" line="56"/>
        <source>Huanjiao</source>
        <translation>患教</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="82"/>
        <source>Until then kiosk mode cannot be left from the screen.</source>
        <translation>在此之前无法从屏幕上退出自助机模式。</translation>
    </message>
    <message>
        <location filename="../../app/manager_main.cpp" line="30"/>
        <source>The clinic&apos;s own content: forms, preview, publish.</source>
        <translation>本院自己的内容：表单、预览、发布。</translation>
    </message>
    <message>
        <location filename="../../app/manager_main.cpp" line="49"/>
        <source>The clinic&apos;s content in %1 could not be read:
%2</source>
        <translation>无法读取 %1 中的本院内容：
%2</translation>
    </message>
    <message>
        <location filename="../../app/manager_main.cpp" line="38"/>
        <location filename="../../app/manager_main.cpp" line="48"/>
        <source>Content Manager</source>
        <translation>内容管理</translation>
    </message>
</context>
</TS>
