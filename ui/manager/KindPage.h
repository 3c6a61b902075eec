// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Kind.h"

#include <QWidget>

class QListView;
class QPushButton;

namespace huanjiao {

class ClinicDocument;
class RecordForm;
class RecordListModel;

// One kind of the clinic's records: their list, the form of the one chosen,
// and New, Save and Remove. A new record gets its id from its name's pinyin.
class KindPage : public QWidget
{
    Q_OBJECT

public:
    KindPage(RecordForm *form, ClinicDocument &document, QWidget *parent = nullptr);

    Kind kind() const;
    RecordForm *form() const { return m_form; }
    QListView *list() const { return m_list; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *removeButton() const { return m_remove; }

    // Shows the clinic's record with this id in the form; false if there is none.
    bool select(const QString &id);
    void startNew();
    // Puts the form's record into the document; returns its id.
    QString save();
    void removeCurrent();

signals:
    // Something to tell staff in the status bar.
    void message(const QString &text);
    // The layer could not be saved.
    void failed(const QString &error);

private:
    void showCurrent();
    void documentChanged();

    ClinicDocument &m_document;
    RecordForm *m_form;
    RecordListModel *m_model;
    QListView *m_list;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_remove;
    bool m_dirty = false;
};

} // namespace huanjiao
