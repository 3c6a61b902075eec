#pragma once

#include "Entity.h"

#include <QCoreApplication>
#include <QString>

namespace huanjiao {

// Turns an entity into the HTML of its page. Content is always escaped: it is
// text, never markup, and the only links made are huanjiao:// links.
class PageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PageRenderer)

public:
    struct Options
    {
        bool sampleContent = false; // the whole database is sample content
        // Further titled lists shown after the relations (a department's members).
        QList<QPair<QString, QList<EntityRef>>> extraLists;
    };

    static QString render(const Entity &entity, const Options &options);
    static QString notFound(const QString &uri);
    static QString styleSheet();

    // Building blocks shared with other pages (home, department, handouts).
    static QString link(const EntityRef &ref);
    static QString prose(const QString &text);
    static QString refList(const QString &title, const QList<EntityRef> &refs);
};

} // namespace huanjiao
