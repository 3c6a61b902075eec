// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VisitorState.h"
#include "Wayfinding.h"

#include <QScrollArea>
#include <QUrl>

#include <functional>

class QAbstractButton;
class QGridLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace huanjiao {

class Repository;
struct EntityRef;

// The kiosk's home page, for a visitor who may not type: big buttons (touch
// targets well over 48 px) for search; body areas and departments with
// pictograms, each leading to a list of its topics on this page; symptom
// words that run the search; and the common topics. Any topic is at most
// three touches away. It stands in for the text home page, whose links are
// only as tall as a line of text.
class KioskHomePage : public QScrollArea, public VisitorState
{
    Q_OBJECT

public:
    static constexpr int kButtonHeight = 64; // px
    static constexpr int kTileHeight = 124; // px, a pictogram with its name under it
    static constexpr int kPictogramSize = 56; // px

    explicit KioskHomePage(const Repository &repository, QWidget *parent = nullptr);

    // The colour the pictograms are drawn in, from the palette (Pictogram::colour).
    QColor pictogramColour() const;
    // The buttons that show a pictogram (property "pictogram": its name).
    QList<QAbstractButton *> pictogramButtons() const { return m_tiles; }
    // The front page (not a list of topics) is showing.
    bool showsFront() const;
    // Back to the front page, scrolled to the top.
    void resetForNextVisitor() override;

signals:
    void openRequested(const QUrl &url, bool newTab);
    void searchRequested();
    // A symptom word was touched: search for it.
    void symptomChosen(const QString &word);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Grid
    {
        QGridLayout *grid;
        QList<QWidget *> buttons;
        int minimumWidth; // px, of one button with its spacing
        int columns = 0;
    };

    QWidget *buildFront();
    QWidget *section(const QString &title, const QList<QWidget *> &buttons, int minimumWidth,
                     const QString &note = {});
    QAbstractButton *tile(const QString &text, const QString &pictogram);
    QAbstractButton *listButton(const QString &text);
    QAbstractButton *topicButton(const EntityRef &ref);
    // Replaces the list page with `title` and these buttons; `back` returns to what was shown before.
    void showList(const QString &title, const QList<QWidget *> &buttons);
    void showArea(const Wayfinding::Area &area);
    void showDepartment(const EntityRef &department);
    void goBack();
    void showFront();
    void layOut(bool force = false);
    void fitSearchButton(int width);
    void restyle();

    const Repository &m_repository;
    Wayfinding m_wayfinding;
    QWidget *m_contents;
    QWidget *m_front = nullptr;
    QPushButton *m_search = nullptr;
    QString m_searchText;
    QWidget *m_list = nullptr;
    QLabel *m_listTitle = nullptr;
    QVBoxLayout *m_listLayout = nullptr;
    QWidget *m_listBody = nullptr;
    QList<Grid> m_grids;
    qsizetype m_frontGrids = 0;
    QList<QAbstractButton *> m_tiles;
    // What "back" shows, newest last; empty on the front page.
    QList<std::function<void()>> m_trail;
    QColor m_styledFor;
    QColor m_drawnIn;
};

} // namespace huanjiao
