// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Kind.h"
#include "RelationType.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace huanjiao {

// A pointer to an entity with what a list or a link needs to show it.
struct EntityRef
{
    Kind kind = Kind::Condition;
    QString id;
    QString name;
    QString subtitle; // a short line under the name: titles and hospital, manufacturer, ...
    qint64 rowid = 0;

    bool isValid() const { return rowid != 0; }
};

struct SectionItem
{
    QString type;
    QString title;
    QString body;
};

struct Section
{
    QString key;
    QString body;
    QList<SectionItem> items;
};

// A typed relation seen from one entity: `incoming` when the other entity
// named this one (a drug page sees the conditions whose treated-with names it).
struct Relation
{
    RelationType type = RelationType::SeeAlso;
    bool incoming = false;
    EntityRef other;
    QString summary; // the other entity's summary, for lists that show one
    QString detail;  // the other's card field (ContentSchema::cardField): specialty, indications, ...
};

// A place in an entity's text that names another entity: unit `unit` of the
// section `section` (see TextUnits), characters [start, start + size).
struct Mention
{
    QString section;
    int unit = 0;
    int start = 0;
    int size = 0;
    EntityRef target;
};

struct Entity
{
    EntityRef ref;
    QString english;
    QString summary;
    QStringList aliases;
    QList<EntityRef> departmentPath; // root first; empty when the kind has no department
    EntityRef parent;                // departments only
    EntityRef source;
    QString status;
    QString updated;  // when the text was last changed (any status)
    QString reviewed; // the review date: status "reviewed" only
    QString reviewer; // who reviewed it: status "reviewed" only
    QStringList layNames;     // what patients call it (conditions); shown
    QStringList searchTerms;  // the "search-terms" field: common wrong spellings, subtypes; search only, never shown
    QStringList symptomWords; // complaints it typically presents with
    QList<QPair<QString, QString>> fields; // kind-specific facts, in schema order (not the members above)
    QList<Section> sections;
    QList<Relation> relations;
    QList<Mention> mentions; // ordered by section, unit and start
    QList<RelationType> moreIncoming; // types whose incoming list was cut at a page's worth

    QString field(const QString &key) const
    {
        for (const auto &f : fields) {
            if (f.first == key)
                return f.second;
        }
        return {};
    }
    const Section *section(const QString &key) const
    {
        for (const auto &s : sections) {
            if (s.key == key)
                return &s;
        }
        return nullptr;
    }
    QList<Mention> mentionsIn(const QString &sectionKey) const
    {
        QList<Mention> list;
        for (const auto &m : mentions) {
            if (m.section == sectionKey)
                list.append(m);
        }
        return list;
    }
    QList<EntityRef> related(RelationType type, bool incoming = false) const
    {
        QList<EntityRef> list;
        for (const auto &r : relations) {
            if (r.type == type && r.incoming == incoming)
                list.append(r.other);
        }
        return list;
    }
};

} // namespace huanjiao
