// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClinicLayer.h"

#include "ContentSources.h"
#include "ContentValidator.h"
#include "Pinyin.h"
#include "SourceParser.h"
#include "SourceWriter.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace huanjiao {

namespace {

const QString kMetaFile = QStringLiteral("content.md");

QString keyOf(Kind kind, const QString &id)
{
    return kindName(kind) + QLatin1Char('/') + id;
}

ContentMeta defaultMeta()
{
    ContentMeta meta;
    meta.id = QStringLiteral("clinic");
    meta.name = QStringLiteral("本院内容"); // content, not interface text
    meta.version = QDate::currentDate().toString(QStringLiteral("yyyy.MM.dd"));
    return meta;
}

// Pinyin of a name as id words: letters and digits only, ASCII kept as written.
QString slugFromName(const QString &name)
{
    static const Pinyin pinyin;
    QStringList words;
    const QList<Pinyin::Spelling> spellings = pinyin.spellings(name, 1);
    if (!spellings.isEmpty()) {
        for (const QString &syllable : spellings.first().syllables) {
            QString word;
            for (const QChar c : syllable.toLower()) {
                if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
                    word += c;
                else if (c == QChar(0xFC)) // ü
                    word += QLatin1Char('v');
            }
            if (!word.isEmpty())
                words.append(word);
        }
    }
    QString id = words.join(QLatin1Char('-'));
    if (id.size() > 80)
        id = id.left(80);
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id;
}

} // namespace

ClinicLayer::ClinicLayer(const QString &folder)
    : m_folder(folder)
{
    m_state.meta = defaultMeta();
}

QString ClinicLayer::defaultFileName(Kind kind)
{
    return kindName(kind) + QStringLiteral("s.md");
}

QString ClinicLayer::shownFile(const QString &relative) const
{
    // As ContentSources shows it: relative to the folder's parent.
    return QDir(m_folder).dirName() + QLatin1Char('/') + relative;
}

bool ClinicLayer::load(Diagnostics *diagnostics)
{
    State state;
    state.meta = defaultMeta();
    m_onDisk.clear();
    m_hadMetaFile = false;
    const qsizetype before = diagnostics->size();
    if (QFileInfo(m_folder).isDir()) {
        const QDir dir(m_folder);
        for (const QString &path : ContentSources::files(m_folder)) {
            const QString relative = dir.relativeFilePath(path);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                diagnostics->append({shownFile(relative), 0, tr("cannot read: %1").arg(file.errorString())});
                continue;
            }
            const QByteArray data = file.readAll();
            m_onDisk.insert(relative);
            const QList<SourceRecord> records = SourceParser::parse(shownFile(relative), data, diagnostics);
            for (const SourceRecord &record : records) {
                if (record.kind == QLatin1String("content")) {
                    if (relative != kMetaFile)
                        diagnostics->append({record.file, record.line,
                                             tr("the clinic's @content record belongs in %1").arg(kMetaFile)});
                    state.meta = ContentValidator::readMeta(record, diagnostics);
                    m_hadMetaFile = true;
                    continue;
                }
                Kind kind;
                if (!kindFromName(record.kind, &kind)) {
                    diagnostics->append({record.file, record.line, tr("unknown kind '%1'").arg(record.kind)});
                    continue;
                }
                state.entries.append({kind, record, relative});
            }
        }
    } else if (QFileInfo::exists(m_folder)) {
        diagnostics->append({m_folder, 0, tr("not a folder")});
    }
    m_state = state;
    m_previous.reset();
    m_previousText.clear();
    m_baseline = render(m_state);
    if (!m_hadMetaFile)
        m_baseline.remove(kMetaFile); // a new layer writes its @content on the first save
    m_loaded = diagnostics->size() == before;
    return m_loaded;
}

QHash<QString, QString> ClinicLayer::render(const State &state) const
{
    QHash<QString, QString> files;
    ContentMeta meta = state.meta;
    files.insert(kMetaFile, SourceWriter::meta(meta));
    for (const Entry &entry : state.entries) {
        QString &text = files[entry.file];
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += SourceWriter::record(entry.kind, entry.record);
    }
    // A file whose last record went stays, empty, so that the record is gone.
    for (const QString &name : m_onDisk) {
        if (!files.contains(name))
            files.insert(name, QString());
    }
    return files;
}

bool ClinicLayer::modified() const
{
    const QHash<QString, QString> files = render(m_state);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!m_baseline.contains(it.key()) || m_baseline.value(it.key()) != it.value())
            return true;
    }
    return false;
}

bool ClinicLayer::save(QString *error)
{
    if (!m_loaded) {
        *error = tr("%1 could not be read whole; correct it first, so that nothing in it is lost").arg(m_folder);
        return false;
    }
    if (!QDir().mkpath(m_folder)) {
        *error = tr("cannot create the folder %1").arg(m_folder);
        return false;
    }
    if (!modified())
        return true;
    // The version the home page names: when the clinic last changed it.
    m_state.meta.version = QDateTime::currentDateTime().toString(QStringLiteral("yyyy.MM.dd-HHmm"));
    const QHash<QString, QString> files = render(m_state);
    const QDir dir(m_folder);
    // The records first, the @content record (with `removes:`) last: a crash
    // in between leaves a record removed from its file but still listed,
    // which the next save writes again, never a base record shown by mistake
    // of a half-written list.
    QStringList order = files.keys();
    std::sort(order.begin(), order.end());
    order.removeAll(kMetaFile);
    order.append(kMetaFile);
    for (const QString &name : std::as_const(order)) {
        const QString text = files.value(name);
        // Files nothing changed in are left as written (comments, layout).
        if (m_baseline.contains(name) && m_baseline.value(name) == text)
            continue;
        const QString path = dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        const bool existed = QFileInfo::exists(path);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
        file.write(text.toUtf8());
        if (!file.commit()) {
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
        // New files readable by all (the kiosk reads the published database,
        // not these, but staff share them); writable by the staff group.
        if (!existed)
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteGroup
                                            | QFile::ReadOther);
        m_onDisk.insert(name);
        m_baseline.insert(name, text);
    }
    return true;
}

void ClinicLayer::remember(const QString &text)
{
    m_previous = m_state;
    m_previousText = text;
}

void ClinicLayer::setMeta(const ContentMeta &meta)
{
    remember(tr("change the clinic's content details"));
    m_state.meta = meta;
}

qsizetype ClinicLayer::indexOf(Kind kind, const QString &id) const
{
    for (qsizetype i = 0; i < m_state.entries.size(); ++i) {
        const Entry &entry = m_state.entries.at(i);
        if (entry.kind == kind && entry.record.id == id)
            return i;
    }
    return -1;
}

QList<SourceRecord> ClinicLayer::records(Kind kind) const
{
    QList<SourceRecord> list;
    for (const Entry &entry : m_state.entries) {
        if (entry.kind == kind)
            list.append(entry.record);
    }
    return list;
}

std::optional<SourceRecord> ClinicLayer::record(Kind kind, const QString &id) const
{
    const qsizetype at = indexOf(kind, id);
    if (at < 0)
        return std::nullopt;
    return m_state.entries.at(at).record;
}

bool ClinicLayer::contains(Kind kind, const QString &id) const
{
    return indexOf(kind, id) >= 0;
}

ContentLayer ClinicLayer::layer() const
{
    ContentLayer layer;
    layer.location = m_folder;
    layer.metaFile = shownFile(kMetaFile);
    layer.records.append(metaRecord(m_state.meta, layer.metaFile));
    for (const Entry &entry : m_state.entries) {
        SourceRecord record = entry.record;
        if (record.file.isEmpty())
            record.file = shownFile(entry.file);
        layer.records.append(record);
    }
    return layer;
}

void ClinicLayer::put(Kind kind, SourceRecord record)
{
    record.kind = kindName(kind);
    const QString key = keyOf(kind, record.id);
    const qsizetype at = indexOf(kind, record.id);
    const QString name = record.value(QStringLiteral("name"));
    remember(at >= 0 ? tr("change %1").arg(name) : tr("add %1").arg(name));
    // Defined again by the clinic: its own record stands, nothing to drop.
    m_state.meta.removes.removeAll(key);
    if (at >= 0) {
        record.file = m_state.entries.at(at).record.file;
        m_state.entries[at].record = record;
    } else {
        record.file.clear();
        record.line = 0;
        m_state.entries.append({kind, record, defaultFileName(kind)});
    }
}

void ClinicLayer::putAll(Kind kind, const QList<SourceRecord> &records, const QString &description)
{
    const State before = m_state;
    for (const SourceRecord &record : records)
        put(kind, record);
    m_previous = before;
    m_previousText = description;
}

bool ClinicLayer::remove(Kind kind, const QString &id)
{
    const QString key = keyOf(kind, id);
    const qsizetype at = indexOf(kind, id);
    const bool inBase = m_baseKeys.contains(key);
    if (at < 0 && (!inBase || m_state.meta.removes.contains(key)))
        return false;
    const QString name = at >= 0 ? m_state.entries.at(at).record.value(QStringLiteral("name")) : id;
    remember(tr("remove %1").arg(name));
    if (at >= 0)
        m_state.entries.removeAt(at);
    if (inBase && !m_state.meta.removes.contains(key))
        m_state.meta.removes.append(key);
    return true;
}

bool ClinicLayer::undo()
{
    if (!m_previous)
        return false;
    m_state = *m_previous;
    m_previous.reset();
    m_previousText.clear();
    return true;
}

QString ClinicLayer::suggestId(Kind kind, const QString &name) const
{
    QString stem = slugFromName(name);
    if (stem.isEmpty())
        stem = kindName(kind);
    QString id = stem;
    for (int n = 2; contains(kind, id) || m_baseKeys.contains(keyOf(kind, id)); ++n)
        id = stem + QLatin1Char('-') + QString::number(n);
    return id;
}

} // namespace huanjiao
