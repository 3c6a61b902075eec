// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QAction;

namespace huanjiao {

// The one search field. Up, Down, Page Up and Page Down move through the
// results while typing continues here; Enter opens; Esc clears.
class SearchBox : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchBox(QWidget *parent = nullptr);

    // The small clear button at the end of the field (off in kiosk mode,
    // where the on-screen keyboard has a Clear key).
    void setClearButtonShown(bool shown);

signals:
    void navigate(int key);
    void accepted(bool newTab);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateClearButton();

    QAction *m_clear;
    bool m_clearShown = true;
};

} // namespace huanjiao
