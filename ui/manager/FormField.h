// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Kind.h"

#include <QList>
#include <QPair>
#include <QString>

namespace huanjiao {

// One field of a record form: which key of the content format it edits and
// with what kind of editor.
struct FormField
{
    enum class Editor {
        Line,       // one line of text
        Paragraphs, // prose: a section of the record, paragraphs split by blank lines
        Choice,     // one of the allowed values, from a drop-down
        Link,       // one record of linkKind, from the picker
        Links,      // several records of linkKind, from the picker
    };
    QString key;
    Editor editor = Editor::Line;
    Kind linkKind = Kind::Department;
    // For Choice: the values written, each with what staff read (empty: the value itself).
    QList<QPair<QString, QString>> choices = {};
    QString placeholder = {};
};

} // namespace huanjiao
