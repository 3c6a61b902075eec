#pragma once

#include "Kind.h"

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
    QString type;
    bool incoming = false;
    EntityRef other;
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
    QString reviewed;
    QString status;
    QList<QPair<QString, QString>> fields; // kind-specific text, in schema order
    QList<Section> sections;
    QList<Relation> relations;

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
    QList<EntityRef> related(const QString &type, bool incoming = false) const
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
