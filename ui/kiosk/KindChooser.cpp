// SPDX-License-Identifier: GPL-3.0-or-later
#include "KindChooser.h"

#include "KindBrowser.h"
#include "Labels.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QPushButton>
#include <QTabBar>

namespace huanjiao {

KindChooser::KindChooser(KindBrowser *kinds, QWidget *parent)
    : QWidget(parent)
    , m_kinds(kinds)
    , m_grid(new QGridLayout(this))
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("kindChooser"));
    setAccessibleName(tr("Browse by kind"));
    m_grid->setContentsMargins(0, 4, 6, 6);
    m_grid->setSpacing(6);
    m_group->setExclusive(true);
    const QList<Kind> &list = KindBrowser::kinds();
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto *button = new QPushButton(Labels::literal(Labels::kindPlural(list.at(i))), this);
        button->setObjectName(QStringLiteral("kind_") + kindName(list.at(i)));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumHeight(kButtonHeight);
        // A little smaller than the kiosk's text: four to a row fit a narrow column.
        QFont font = button->font();
        font.setPixelSize(18);
        button->setFont(font);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_group->addButton(button, int(i));
    }
    m_group->button(qMax(0, kinds->currentIndex()))->setChecked(true);
    connect(m_group, &QButtonGroup::idClicked, kinds, &QTabWidget::setCurrentIndex);
    connect(kinds, &QTabWidget::currentChanged, this, [this](int index) {
        if (QAbstractButton *button = m_group->button(index))
            button->setChecked(true);
    });
    // The buttons stand in for the tabs.
    kinds->tabBar()->hide();
    layOut();
}

QList<QAbstractButton *> KindChooser::buttons() const
{
    return m_group->buttons();
}

int KindChooser::widestButton() const
{
    int widest = 0;
    for (QAbstractButton *button : m_group->buttons())
        widest = qMax(widest, button->sizeHint().width());
    return widest;
}

int KindChooser::widthFor(int columns) const
{
    const QMargins margins = m_grid->contentsMargins();
    return columns * widestButton() + (columns - 1) * m_grid->spacing() + margins.left() + margins.right();
}

void KindChooser::layOut()
{
    const int widest = widestButton();
    const int room = width() - m_grid->contentsMargins().left() - m_grid->contentsMargins().right();
    const int count = int(m_group->buttons().size());
    int columns = qBound(1, (room + m_grid->spacing()) / (widest + m_grid->spacing()), count);
    // Rows as even as they can be: 4 and 3 rather than 6 and 1.
    const int rows = (count + columns - 1) / columns;
    columns = (count + rows - 1) / rows;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QAbstractButton *button : m_group->buttons())
        m_grid->removeWidget(button);
    for (int i = 0; i < count; ++i)
        m_grid->addWidget(m_group->button(i), i / columns, i % columns);
    for (int c = 0; c < count; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

void KindChooser::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layOut();
}

} // namespace huanjiao
