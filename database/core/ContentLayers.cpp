// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentLayers.h"

#include "ContentSchema.h"
#include "ContentValidator.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace huanjiao {

namespace {

QString keyOf(const SourceRecord &record)
{
    return record.kind + QLatin1Char('/') + record.id;
}

bool isMeta(const SourceRecord &record)
{
    return record.kind == QLatin1String("content");
}

class Merger
{
    Q_DECLARE_TR_FUNCTIONS(ContentLayers)

public:
    Merger(Diagnostics *diagnostics, QStringList *notes)
        : m_diagnostics(diagnostics)
        , m_notes(notes)
    {
    }

    ContentSet run(const QList<ContentLayer> &layers)
    {
        if (layers.isEmpty())
            return {};
        QList<ContentMeta> overlayMetas;
        for (int i = 0; i < layers.size(); ++i) {
            const ContentLayer &layer = layers.at(i);
            if (i == 0) {
                addBase(layer);
                continue;
            }
            ContentMeta meta;
            const SourceRecord *metaSource = overlayMeta(layer, &meta);
            Counts counts;
            if (metaSource)
                drop(meta, *metaSource, &counts);
            add(layer, i, &counts);
            if (metaSource) {
                overlayMetas.append(meta);
                overlayMetas += layer.mergedLayers;
                note(meta, counts);
            }
        }
        QList<SourceRecord> records;
        records.reserve(m_records.size());
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            if (!m_dropped.at(i))
                records.append(m_records.at(i));
        }
        dropLinks(&records);

        ContentSet set = ContentValidator::validate(records, m_diagnostics, layers.first().metaFile);
        checkBaseMeta(layers.first());
        std::stable_sort(m_diagnostics->begin(), m_diagnostics->end(), [](const Diagnostic &a, const Diagnostic &b) {
            return a.file != b.file ? a.file < b.file : a.line < b.line;
        });
        set.layers = QList<ContentMeta>{set.meta} + layers.first().mergedLayers + overlayMetas;
        for (const auto &meta : std::as_const(set.layers))
            set.meta.sample = set.meta.sample || meta.sample;
        return set;
    }

private:
    struct Counts
    {
        int added = 0;
        int replaced = 0;
        int dropped = 0;
    };

    void error(const QString &file, int line, const QString &message)
    {
        m_diagnostics->append({file, line, message});
    }

    void append(SourceRecord record, int layer)
    {
        record.layer = layer;
        const QString key = keyOf(record);
        // A second record with the same key in one layer stays in the list: the
        // validator reports it as a duplicate with both places.
        if (!m_position.contains(key)) {
            m_position.insert(key, m_records.size());
            m_layerOf.insert(key, layer);
        }
        m_records.append(record);
        m_dropped.append(false);
        m_droppedKeys.remove(key);
    }

    void addBase(const ContentLayer &layer)
    {
        for (const auto &record : layer.records)
            append(record, 0);
    }

    // The overlay's @content record, read into *meta; null when it has none.
    const SourceRecord *overlayMeta(const ContentLayer &layer, ContentMeta *meta)
    {
        const SourceRecord *found = nullptr;
        for (const auto &record : layer.records) {
            if (!isMeta(record))
                continue;
            if (found) {
                error(record.file, record.line,
                      tr("a second @content record; the first is at %1:%2").arg(found->file).arg(found->line));
                continue;
            }
            found = &record;
        }
        if (!found) {
            error(layer.metaFile, 0,
                  tr("an overlay needs its own @content record (id, name, version) so the database can "
                     "say which version of it is inside"));
            return nullptr;
        }
        *meta = ContentValidator::readMeta(*found, m_diagnostics);
        return found;
    }

    void dropKey(const QString &key, Counts *counts)
    {
        const qsizetype at = m_position.take(key);
        m_dropped[at] = true;
        m_layerOf.remove(key);
        m_droppedKeys.insert(key);
        ++counts->dropped;
    }

    void drop(const ContentMeta &meta, const SourceRecord &metaSource, Counts *counts)
    {
        for (const QString &kind : meta.replaces) {
            const QString prefix = kind + QLatin1Char('/');
            QStringList keys;
            for (auto it = m_position.cbegin(); it != m_position.cend(); ++it) {
                if (it.key().startsWith(prefix))
                    keys.append(it.key());
            }
            for (const QString &key : std::as_const(keys))
                dropKey(key, counts);
        }
        for (const QString &key : meta.removes) {
            if (m_position.contains(key)) {
                dropKey(key, counts);
            } else if (!m_droppedKeys.contains(key)) {
                const SourceField *f = metaSource.field(QStringLiteral("removes"));
                error(metaSource.file, f ? f->line : metaSource.line,
                      tr("'removes' lists %1, which no earlier layer has").arg(key));
            }
        }
    }

    void add(const ContentLayer &layer, int index, Counts *counts)
    {
        for (const auto &record : layer.records) {
            if (isMeta(record))
                continue;
            const QString key = keyOf(record);
            const auto it = m_position.constFind(key);
            if (it != m_position.cend() && m_layerOf.value(key) < index) {
                m_records[*it] = record; // replaced whole, in its place
                m_records[*it].layer = index;
                m_layerOf.insert(key, index);
                ++counts->replaced;
            } else {
                append(record, index);
                m_layerOf.insert(key, index);
                ++counts->added;
            }
        }
    }

    // Links from kept records to dropped ones go too, where the link is optional
    // (a condition's treated-by); a required one is left for the validator to report.
    void dropLinks(QList<SourceRecord> *records)
    {
        if (m_droppedKeys.isEmpty())
            return;
        for (auto &record : *records) {
            Kind kind;
            if (!kindFromName(record.kind, &kind))
                continue;
            for (auto &f : record.fields) {
                const auto *spec = ContentSchema::field(kind, f.key);
                if (!spec || spec->type != ContentSchema::FieldType::Relation || spec->required)
                    continue;
                QStringList kept;
                const QStringList targets = ContentValidator::splitList(f.value);
                for (const QString &target : targets) {
                    QString id;
                    if (ContentValidator::parseReference(target, spec->refKind, &id)
                        && m_droppedKeys.contains(kindName(spec->refKind) + QLatin1Char('/') + id)) {
                        ++m_droppedLinks;
                        continue;
                    }
                    kept.append(target);
                }
                if (kept.size() != targets.size())
                    f.value = kept.join(QStringLiteral(", "));
            }
            // An emptied list means "none": the field goes rather than being reported empty.
            record.fields.erase(std::remove_if(record.fields.begin(), record.fields.end(),
                                               [](const SourceField &f) { return f.value.isEmpty(); }),
                                record.fields.end());
        }
        if (m_notes && m_droppedLinks > 0)
            m_notes->append(tr("%n link(s) to dropped records were dropped with them", nullptr, m_droppedLinks));
    }

    void checkBaseMeta(const ContentLayer &base)
    {
        for (const auto &record : base.records) {
            if (!isMeta(record))
                continue;
            for (const char *key : {"replaces", "removes"}) {
                if (const SourceField *f = record.field(QLatin1String(key)))
                    error(record.file, f->line,
                          tr("'%1' is for overlays; the base content has nothing earlier to drop")
                              .arg(QLatin1String(key)));
            }
            return;
        }
    }

    void note(const ContentMeta &meta, const Counts &counts)
    {
        if (!m_notes)
            return;
        m_notes->append(tr("overlay %1 (version %2): %3 added, %4 replaced, %5 dropped")
                            .arg(meta.id, meta.version)
                            .arg(counts.added)
                            .arg(counts.replaced)
                            .arg(counts.dropped));
    }

    Diagnostics *m_diagnostics;
    QStringList *m_notes;
    QList<SourceRecord> m_records;
    QList<bool> m_dropped;
    QHash<QString, qsizetype> m_position; // kind/id -> index of its live record
    QHash<QString, int> m_layerOf;        // kind/id -> layer that defined it last
    QSet<QString> m_droppedKeys;
    int m_droppedLinks = 0;
};

} // namespace

ContentSet ContentLayers::merge(const QList<ContentLayer> &layers, Diagnostics *diagnostics, QStringList *notes)
{
    return Merger(diagnostics, notes).run(layers);
}

} // namespace huanjiao
