// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

namespace huanjiao {

struct OpenError;

// The dialog the program shows, before any window, when the content database
// cannot be opened: what is wrong and what to do, in the user's language.
class OpenErrorDialog : public QMessageBox
{
    Q_OBJECT

public:
    explicit OpenErrorDialog(const OpenError &error, QWidget *parent = nullptr);
};

} // namespace huanjiao
