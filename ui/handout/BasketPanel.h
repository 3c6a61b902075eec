// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace huanjiao {

class HandoutBasket;

// The handout basket as a panel: the topics in print order, buttons to move
// and remove them (or drag them), and to print or export all of them as one
// handout.
class BasketPanel : public QWidget
{
    Q_OBJECT

public:
    BasketPanel(HandoutBasket *basket, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *printButton() const { return m_print; }
    void moveCurrent(int delta);
    void removeCurrent();

signals:
    void printRequested();
    void exportRequested();
    void openRequested(const QUrl &url);

private:
    void updateButtons();

    HandoutBasket *m_basket;
    QListView *m_list;
    QLabel *m_empty;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_remove;
    QPushButton *m_clear;
    QPushButton *m_print;
    QPushButton *m_export;
};

} // namespace huanjiao
