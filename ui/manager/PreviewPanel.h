// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PreviewBuild.h"

#include <QFutureWatcher>
#include <QImage>
#include <QTemporaryDir>
#include <QWidget>

class QLabel;
class QTabWidget;
class QTextBrowser;

namespace huanjiao {

class ClinicDocument;

// The record as patients will see it: its page as the browser draws it
// (PageRenderer, through PageSource) and the first page of its handout
// (HandoutRenderer), both from a database built for the preview.
class PreviewPanel : public QWidget
{
    Q_OBJECT

public:
    PreviewPanel(const ClinicDocument &document, QString baseLocation, QWidget *parent = nullptr);

    // Builds and shows `record` (a new one needs an id).
    void preview(const SourceRecord &record);
    bool busy() const { return m_watcher.isRunning(); }
    QTextBrowser *page() const { return m_page; }
    QImage handoutImage() const { return m_handoutImage; }

signals:
    void shown(bool ok);

private:
    void showResult();

    const ClinicDocument &m_document;
    QString m_base;
    QTemporaryDir m_folder;
    QFutureWatcher<PreviewBuild::Result> m_watcher;
    SourceRecord m_record;
    QTabWidget *m_tabs;
    QLabel *m_status;
    QTextBrowser *m_page;
    QLabel *m_handout;
    QImage m_handoutImage;
};

} // namespace huanjiao
