// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenErrorDialog.h"

#include "ContentDatabase.h"

namespace huanjiao {

OpenErrorDialog::OpenErrorDialog(const OpenError &error, QWidget *parent)
    : QMessageBox(QMessageBox::Critical, tr("Cannot open the content"), error.message(), QMessageBox::Close, parent)
{
    setTextFormat(Qt::PlainText);
    // The path in the message can be long; let people copy it.
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

} // namespace huanjiao
