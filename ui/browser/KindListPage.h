// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Kind.h"

#include <QUrl>
#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace huanjiao {

class DepartmentTreeModel;
class EntityListModel;
class EntityListView;
class LetterBar;
class Repository;

// One kind's list in the kind tabs: the entities in pinyin order with an A-Z
// bar beside them, a department filter for kinds that have departments, and
// a switch between A-Z and Z-A.
class KindListPage : public QWidget
{
    Q_OBJECT

public:
    // `departments` may be null: then the kind has no department filter.
    KindListPage(const Repository &repository, Kind kind, DepartmentTreeModel *departments,
                 QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    EntityListView *view() const { return m_view; }
    EntityListModel *model() const { return m_model; }
    LetterBar *letterBar() const { return m_letters; }
    QComboBox *departmentFilter() const { return m_filter; }
    QToolButton *sortButton() const { return m_sort; }
    // Its controls in Tab order: filter, sort, list, the A-Z bar.
    QWidgetList tabOrder() const;

    void setDepartment(qint64 department);
    void setDescending(bool descending);
    // Scrolls so the first entry with this initial is at the top; false if there is none.
    bool jumpToLetter(QChar letter);

signals:
    void openRequested(const QUrl &url, bool newTab);

private:
    void refresh();

    Kind m_kind;
    EntityListModel *m_model;
    EntityListView *m_view;
    LetterBar *m_letters;
    QComboBox *m_filter = nullptr;
    QToolButton *m_sort;
    QLabel *m_count;
};

} // namespace huanjiao
