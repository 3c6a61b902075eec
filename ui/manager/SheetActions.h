// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Kind.h"
#include "Publisher.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace huanjiao {

class ClinicDocument;

// 导入表格, 导出表格 and 下载模板 for the kind on show: a file dialog, then
// ClinicSheet. An import with problems changes nothing and lists every one
// by row and column.
class SheetActions : public QObject
{
    Q_OBJECT

public:
    // `currentKind` says which kind's sheet the actions are for.
    SheetActions(ClinicDocument &document, std::function<Kind()> currentKind, QWidget *window, QMenu *menu);

    // What the actions do once a file is chosen; the report says how it went.
    Publisher::Report importSheet(Kind kind, const QString &path);
    Publisher::Report exportSheet(Kind kind, const QString &path);
    Publisher::Report saveTemplate(Kind kind, const QString &path);

signals:
    void finished(const Publisher::Report &report);

private:
    QString fileToSave(Kind kind, const QString &title, const QString &stem);

    ClinicDocument &m_document;
    std::function<Kind()> m_currentKind;
    QWidget *m_window;
};

} // namespace huanjiao
