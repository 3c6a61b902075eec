// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchBox.h"

#include "Icons.h"

#include <QAction>
#include <QKeyEvent>

namespace huanjiao {

SearchBox::SearchBox(QWidget *parent)
    : QLineEdit(parent)
    , m_clear(new QAction(Icons::clear(), tr("Clear search"), this))
{
    // Our own clear button rather than QLineEdit's: that one loads the
    // style's icon files while the first window is being built.
    connect(m_clear, &QAction::triggered, this, [this] {
        clear();
        emit textEdited(QString());
    });
    addAction(m_clear, QLineEdit::TrailingPosition);
    connect(this, &QLineEdit::textChanged, this, &SearchBox::updateClearButton);
    updateClearButton();
    setPlaceholderText(tr("Search conditions, doctors, drugs… (pinyin and initials work too)"));
    setAccessibleName(tr("Search"));
    // A paste of a whole document is cut here; search reads the first part anyway.
    setMaxLength(1000);
}

void SearchBox::setClearButtonShown(bool shown)
{
    m_clearShown = shown;
    updateClearButton();
}

void SearchBox::updateClearButton()
{
    m_clear->setVisible(m_clearShown && !text().isEmpty());
}

void SearchBox::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        emit navigate(event->key());
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit accepted(event->modifiers().testFlag(Qt::ControlModifier));
        return;
    case Qt::Key_Escape:
        if (!text().isEmpty()) {
            clear();
            emit textEdited(QString());
            return;
        }
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace huanjiao
