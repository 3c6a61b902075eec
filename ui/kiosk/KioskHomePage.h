// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>
#include <QUrl>

class QGridLayout;

namespace huanjiao {

class Repository;
struct EntityRef;

// The kiosk's home page: big buttons (touch targets well over 48 px) for
// search, the common topics and the departments. It stands in for the
// text home page, whose links are only as tall as a line of text.
class KioskHomePage : public QScrollArea
{
    Q_OBJECT

public:
    static constexpr int kButtonHeight = 64; // px

    explicit KioskHomePage(const Repository &repository, QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    void openRequested(const QUrl &url, bool newTab);
    void searchRequested();

private:
    QWidget *section(const QString &title, const QList<EntityRef> &entries);
    // As many columns as fit buttons of a readable width.
    void layOut();

    struct Section
    {
        QGridLayout *grid;
        QList<QWidget *> buttons;
    };
    QList<Section> m_sections;
    int m_columns = 0;
};

} // namespace huanjiao
