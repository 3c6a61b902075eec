#include "SearchBox.h"

#include <QKeyEvent>

namespace huanjiao {

SearchBox::SearchBox(QWidget *parent)
    : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Search conditions, doctors, drugs… (pinyin and initials work too)"));
    setAccessibleName(tr("Search"));
    // A paste of a whole document is cut here; search reads the first part anyway.
    setMaxLength(1000);
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
