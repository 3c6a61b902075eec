// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityUri.h"
#include "HandoutDocument.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace huanjiao {

class UserStore;

// Counts what was handed out, when the clinic has switched counting on in
// the handout settings: for each topic printed or exported, its address, the
// kind (full handout or summary) and the day. Nothing else reaches the store.
// Offers the counts as a CSV file and a way to clear them.
class HandoutCounts : public QObject
{
    Q_OBJECT

public:
    HandoutCounts(UserStore *store, QWidget *window);

    // Adds a "Handout Counts" menu (export as CSV, clear) to `menu`, before `before`.
    void addActions(QMenu *menu, QAction *before);
    // Counts `topics` as handed out today, if counting is on; false when the store refused.
    bool record(const QList<EntityUri> &topics, HandoutDocument::Layout layout);
    bool exportTo(const QString &path);

    static QString kindName(HandoutDocument::Layout layout);

signals:
    void statusMessage(const QString &message);

private:
    void exportCsv();
    void clear();

    UserStore *m_store;
    QWidget *m_window;
};

} // namespace huanjiao
