// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentDatabase.h"

#include <QDialog>

class QTextBrowser;

namespace huanjiao {

// What the reader is looking at: the program's version, the content's version
// and date, where it comes from, the libraries inside and their licences, and
// the medical disclaimer.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const ContentInfo &info, QWidget *parent = nullptr);

    // The dialog's text as HTML (for tests and the screen reader).
    static QString html(const ContentInfo &info);
    QTextBrowser *text() const { return m_text; }
    // The content's build timestamp as a date in the interface's language.
    static QString builtOn(const QString &timestamp);

private:
    QTextBrowser *m_text;
};

} // namespace huanjiao
