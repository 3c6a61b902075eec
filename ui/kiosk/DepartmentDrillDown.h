// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VisitorState.h"

#include <QObject>

class QLabel;
class QPushButton;
class QWidget;

namespace huanjiao {

class DepartmentBrowser;

// The departments tab at a kiosk, one list at a time: the department tree
// fills the column, and touching a department puts its conditions (or
// doctors) in the tree's place, under a button back to the tree. The desk's
// tree with the list under it leaves each of them three rows at a kiosk's
// type size and touch-sized rows.
class DepartmentDrillDown : public QObject, public VisitorState
{
    Q_OBJECT

public:
    explicit DepartmentDrillDown(DepartmentBrowser *browser, QObject *parent = nullptr);

    bool showsMembers() const;
    QPushButton *backButton() const { return m_back; }
    // The tree again.
    void resetForNextVisitor() override;

private:
    void showMembers();
    void showTree();

    DepartmentBrowser *m_browser;
    QWidget *m_members; // the list with its kind tabs
    QWidget *m_header;
    QPushButton *m_back;
    QLabel *m_title;
};

} // namespace huanjiao
