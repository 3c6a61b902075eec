// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Entity.h"
#include "PageColors.h"

#include <QCoreApplication>
#include <QString>

namespace huanjiao {

// Turns an entity into the HTML of its page: breadcrumb, title and aliases,
// an outline of a long page, the facts and sections of its kind with the
// mentions of other entities linked, the related items, the pages that
// mention it, and where it comes from. Content is always escaped: it is text,
// never markup, and the only links made are huanjiao:// links.
class PageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PageRenderer)

public:
    struct ExtraList
    {
        QString title;
        QString anchor;
        QList<EntityRef> refs;
        QString note; // e.g. "Showing the first 60 of 1,234."
    };

    struct Options
    {
        bool sampleContent = false; // the whole database is sample content
        // Breadcrumb levels between Home and the page itself (departments, an
        // article's condition). Empty: the kind's name stands there instead.
        QList<EntityRef> trail;
        // Further titled lists shown after the relations (a department's members).
        QList<ExtraList> extraLists;
        // Pages whose text mentions this one, and whether there are more.
        QList<EntityRef> backlinks;
        bool moreBacklinks = false;
    };

    static QString render(const Entity &entity, const Options &options);
    static QString notFound(const QString &uri);
    // The page in place of one the content database could not give whole.
    static QString unreadable(const QString &message);
    // The page's style sheet in the given colours (the default: the light page).
    static QString styleSheet(const PageColors &colors = {});

    // The sample-content notice, shared with other pages (home, department).
    static QString sampleNotice(const QString &text);

    // Anchors of the parts of a page, for the outline and for tests.
    static QString sectionAnchor(const QString &key) { return QStringLiteral("section-") + key; }
    static QString backlinksAnchor() { return QStringLiteral("mentioned-in"); }
};

} // namespace huanjiao
