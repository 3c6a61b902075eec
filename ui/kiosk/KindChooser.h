// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QGridLayout;

namespace huanjiao {

class KindBrowser;

// The kiosk's choice of kind: a button for each kind, as many to a row as
// fit whole and wrapping onto more rows, in place of the kind tabs, which
// could not all show at a touch size in a narrow column.
class KindChooser : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kButtonHeight = 48; // px

    explicit KindChooser(KindBrowser *kinds, QWidget *parent = nullptr);

    QList<QAbstractButton *> buttons() const;
    int columns() const { return m_columns; }
    // The width `columns` buttons side by side need, their text whole.
    int widthFor(int columns) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void layOut();
    int widestButton() const;

    KindBrowser *m_kinds;
    QGridLayout *m_grid;
    QButtonGroup *m_group;
    int m_columns = 0;
};

} // namespace huanjiao
