// SPDX-License-Identifier: GPL-3.0-or-later
#include "KioskHomePage.h"

#include "EntityUri.h"
#include "Labels.h"
#include "Pictogram.h"
#include "Repository.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QScroller>
#include <QScrollerProperties>
#include <QToolButton>
#include <QVBoxLayout>

namespace huanjiao {

namespace {
constexpr int kCommonTopics = 12;
constexpr int kTileWidth = 150; // px, with its spacing
constexpr int kListButtonWidth = 260; // px, with its spacing

QLabel *heading(const QString &text, int pixelSize, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPixelSize(pixelSize);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPixelSize(20);
    label->setFont(font);
    return label;
}

bool chineseInterface()
{
    return QLocale().language() == QLocale::Chinese;
}
} // namespace

KioskHomePage::KioskHomePage(const Repository &repository, QWidget *parent)
    : QScrollArea(parent)
    , m_repository(repository)
    , m_wayfinding(Wayfinding::bundled())
    , m_contents(new QWidget(this))
{
    setObjectName(QStringLiteral("kioskHome"));
    setAccessibleName(tr("Home"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the buttons wrap instead
    m_contents->setObjectName(QStringLiteral("kioskHomeContents"));
    auto *layout = new QVBoxLayout(m_contents);
    layout->setContentsMargins(24, 20, 24, 28);
    m_front = buildFront();
    layout->addWidget(m_front);

    // The list a body area or a department leads to, in place of the front page.
    m_list = new QWidget(m_contents);
    m_listLayout = new QVBoxLayout(m_list);
    m_listLayout->setContentsMargins(0, 0, 0, 0);
    m_listLayout->setSpacing(16);
    auto *back = listButton(tr("← Back"));
    back->setObjectName(QStringLiteral("kioskBack"));
    back->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(back, &QAbstractButton::clicked, this, &KioskHomePage::goBack, Qt::QueuedConnection);
    m_listLayout->addWidget(back);
    m_listTitle = heading(QString(), 30, m_list);
    m_listLayout->addWidget(m_listTitle);
    m_list->hide();
    layout->addWidget(m_list);
    layout->addStretch();
    setWidget(m_contents);
    restyle();
}

QWidget *KioskHomePage::buildFront()
{
    auto *front = new QWidget(m_contents);
    auto *layout = new QVBoxLayout(front);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(heading(tr("Huanjiao patient education"), 34, front));
    layout->addWidget(note(tr("Touch a picture or a word to find a topic, or search with the keyboard."), front));

    auto *search = new QPushButton(tr("Search for a condition, medicine or doctor"), front);
    m_search = search;
    m_searchText = search->text();
    search->setObjectName(QStringLiteral("kioskSearch"));
    search->setMinimumHeight(kButtonHeight);
    search->setFocusPolicy(Qt::NoFocus);
    QFont searchFont = search->font();
    searchFont.setPixelSize(22);
    searchFont.setBold(true);
    search->setFont(searchFont);
    connect(search, &QPushButton::clicked, this, &KioskHomePage::searchRequested, Qt::QueuedConnection);
    layout->addWidget(search);

    QList<QWidget *> areas;
    for (const Wayfinding::Area &area : std::as_const(m_wayfinding.areas)) {
        const QString name = chineseInterface() ? area.name : area.english;
        QAbstractButton *button = tile(name, area.pictogram);
        button->setObjectName(QStringLiteral("area_") + area.id);
        connect(button, &QAbstractButton::clicked, this, [this, area] {
            m_trail.append([this] { showFront(); });
            showArea(area);
        }, Qt::QueuedConnection);
        areas << button;
    }
    layout->addWidget(section(tr("Where does it trouble you?"), areas, kTileWidth));

    QList<QWidget *> symptoms;
    for (const QString &word : std::as_const(m_wayfinding.symptoms)) {
        QAbstractButton *button = listButton(word);
        button->setObjectName(QStringLiteral("symptom_") + word);
        connect(button, &QAbstractButton::clicked, this, [this, word] { emit symptomChosen(word); },
                Qt::QueuedConnection);
        symptoms << button;
    }
    layout->addWidget(section(tr("Ask about a symptom"), symptoms, 170,
                              tr("Touch what you feel: the conditions it may belong to appear in the list.")));

    QList<QWidget *> departments;
    for (const EntityRef &ref : m_repository.childDepartments(0)) {
        QAbstractButton *button = tile(ref.name, m_wayfinding.departmentPictograms.value(ref.id));
        button->setObjectName(QStringLiteral("department_") + ref.id);
        connect(button, &QAbstractButton::clicked, this, [this, ref] {
            m_trail.append([this] { showFront(); });
            showDepartment(ref);
        }, Qt::QueuedConnection);
        departments << button;
    }
    layout->addWidget(section(Labels::kindPlural(Kind::Department), departments, kTileWidth));

    QList<QWidget *> common;
    for (const EntityRef &ref : m_repository.commonTopics(kCommonTopics))
        common << topicButton(ref);
    layout->addWidget(section(tr("Common topics"), common, kListButtonWidth));
    layout->addStretch(); // on a screen taller than the page, the room is left below
    m_frontGrids = m_grids.size();
    return front;
}

QWidget *KioskHomePage::section(const QString &title, const QList<QWidget *> &buttons, int minimumWidth,
                                const QString &explanation)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->addWidget(heading(title, 26, box));
    if (!explanation.isEmpty())
        layout->addWidget(note(explanation, box));
    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    for (QWidget *button : buttons)
        button->setParent(box);
    m_grids.append({grid, buttons, minimumWidth});
    layout->addLayout(grid);
    layOut(true);
    return box;
}

QAbstractButton *KioskHomePage::tile(const QString &text, const QString &pictogram)
{
    auto *button = new QToolButton;
    button->setText(text);
    button->setAccessibleName(text);
    button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    button->setIconSize(QSize(kPictogramSize, kPictogramSize));
    button->setMinimumHeight(kTileHeight);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setFocusPolicy(Qt::NoFocus);
    button->setProperty("pictogram", pictogram);
    QFont font = button->font();
    font.setPixelSize(22);
    button->setFont(font);
    m_tiles << button;
    return button;
}

// Every button here acts once its click is over (queued): what it does hides
// the button itself (the front page gives way to a list, the home page to a
// topic), and a button hidden inside its own click leaves the flick
// scrolling's held-back press unfinished, so that the next touch is lost.
QAbstractButton *KioskHomePage::listButton(const QString &text)
{
    auto *button = new QPushButton(text);
    button->setMinimumHeight(kButtonHeight);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setFocusPolicy(Qt::NoFocus);
    QFont font = button->font();
    font.setPixelSize(22);
    button->setFont(font);
    return button;
}

QAbstractButton *KioskHomePage::topicButton(const EntityRef &ref)
{
    QAbstractButton *button = listButton(ref.name);
    const QUrl url = EntityUri{ref.kind, ref.id}.toUrl();
    button->setObjectName(QStringLiteral("topic_") + ref.id);
    connect(button, &QAbstractButton::clicked, this, [this, url] { emit openRequested(url, false); },
            Qt::QueuedConnection);
    return button;
}

void KioskHomePage::showArea(const Wayfinding::Area &area)
{
    QList<QWidget *> buttons;
    for (const Wayfinding::Topic &topic : area.topics) {
        const EntityRef ref = m_repository.ref(topic.kind, topic.id);
        if (ref.isValid()) // a database without this topic: leave it out
            buttons << topicButton(ref);
    }
    showList(chineseInterface() ? area.name : area.english, buttons);
}

void KioskHomePage::showDepartment(const EntityRef &department)
{
    QList<QWidget *> buttons;
    const QList<EntityRef> children = m_repository.childDepartments(department.rowid);
    if (!children.isEmpty()) {
        // A group of departments: its departments first, each with its own list.
        for (const EntityRef &child : children) {
            if (m_repository.listSize(Kind::Condition, child.rowid) == 0)
                continue;
            QAbstractButton *button = listButton(child.name);
            button->setObjectName(QStringLiteral("department_") + child.id);
            connect(button, &QAbstractButton::clicked, this, [this, department, child] {
                m_trail.append([this, department] { showDepartment(department); });
                showDepartment(child);
            }, Qt::QueuedConnection);
            buttons << button;
        }
    } else {
        const int count = m_repository.listSize(Kind::Condition, department.rowid);
        for (const EntityRef &ref : m_repository.listRange(Kind::Condition, department.rowid, 0, count))
            buttons << topicButton(ref);
    }
    showList(department.name, buttons);
}

void KioskHomePage::showList(const QString &title, const QList<QWidget *> &buttons)
{
    // The previous list's buttons go with it.
    while (m_grids.size() > m_frontGrids)
        m_grids.removeLast();
    delete m_listBody;
    m_listTitle->setText(title);
    m_listBody = section(QString(), buttons, kListButtonWidth);
    m_listBody->layout()->itemAt(0)->widget()->hide(); // the empty heading
    m_listLayout->addWidget(m_listBody);
    m_front->hide();
    m_list->show();
    verticalScrollBar()->setValue(0);
}

void KioskHomePage::goBack()
{
    if (m_trail.isEmpty()) {
        showFront();
        return;
    }
    const std::function<void()> previous = m_trail.takeLast();
    previous();
}

void KioskHomePage::showFront()
{
    m_trail.clear();
    m_list->hide();
    m_front->show();
    verticalScrollBar()->setValue(0);
}

bool KioskHomePage::showsFront() const
{
    return !m_front->isHidden();
}

void KioskHomePage::resetForNextVisitor()
{
    showFront();
}

void KioskHomePage::fitSearchButton(int width)
{
    // A button's text does not wrap: on a narrow page the long one takes two
    // lines, parted at the space (or after the mark) nearest its middle.
    m_search->setText(m_searchText);
    if (m_search->sizeHint().width() <= width)
        return;
    const qsizetype middle = m_searchText.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = 1; i + 1 < m_searchText.size(); ++i) {
        const QChar c = m_searchText.at(i);
        const bool breaks = c.isSpace() || c == QChar(0x3001) || c == QChar(0xFF0C) || c == QLatin1Char(',');
        if (breaks && (best < 0 || qAbs(i - middle) < qAbs(best - middle)))
            best = i;
    }
    if (best < 0)
        best = middle;
    const QChar at = m_searchText.at(best);
    m_search->setText(at.isSpace() ? m_searchText.left(best) + QLatin1Char('\n') + m_searchText.mid(best + 1)
                                   : m_searchText.left(best + 1) + QLatin1Char('\n') + m_searchText.mid(best + 1));
}

void KioskHomePage::layOut(bool force)
{
    const int width = viewport()->width() - 48; // the contents' margins
    if (m_search)
        fitSearchButton(width);
    for (Grid &grid : m_grids) {
        // As many columns as fit the widest button whole (names are content: some are long).
        int widest = grid.minimumWidth;
        for (QWidget *button : std::as_const(grid.buttons))
            widest = qMax(widest, button->sizeHint().width() + grid.grid->spacing());
        const int columns = qBound(1, (width + grid.grid->spacing()) / widest, 6);
        if (columns == grid.columns && !force)
            continue;
        grid.columns = columns;
        for (QWidget *button : std::as_const(grid.buttons))
            grid.grid->removeWidget(button);
        for (qsizetype i = 0; i < grid.buttons.size(); ++i)
            grid.grid->addWidget(grid.buttons.at(i), int(i / columns), int(i % columns));
        for (int c = 0; c < 6; ++c)
            grid.grid->setColumnStretch(c, c < columns ? 1 : 0);
    }
}

QColor KioskHomePage::pictogramColour() const
{
    return Pictogram::colour(palette());
}

void KioskHomePage::restyle()
{
    const QPalette colours = palette();
    const QColor page = colours.color(QPalette::Base);
    const QColor text = colours.color(QPalette::Text);
    const QColor accent = colours.color(QPalette::Highlight);
    // Buttons a shade off the page, in the theme's own colours, so the dark
    // and high-contrast themes reach the kiosk home too.
    const auto mix = [](const QColor &a, const QColor &b, double share) {
        return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                                float(a.greenF() * (1 - share) + b.greenF() * share),
                                float(a.blueF() * (1 - share) + b.blueF() * share));
    };
    m_contents->setStyleSheet(
        QStringLiteral("#kioskHomeContents { background: %1; }"
                       "QLabel { color: %2; }"
                       "QPushButton { background: %3; border: 1px solid %4; border-radius: 10px; padding: 8px 14px;"
                       " color: %2; text-align: left; }"
                       "QPushButton:pressed { background: %4; }"
                       "QToolButton { background: %1; border: 2px solid %4; border-radius: 12px; padding: 8px;"
                       " color: %2; }"
                       "QToolButton:pressed { background: %3; }"
                       "QPushButton#kioskSearch { background: %5; color: %6; text-align: center; }")
            .arg(page.name(), text.name(), mix(page, accent, 0.12).name(), mix(page, accent, 0.45).name(),
                 accent.name(), colours.color(QPalette::HighlightedText).name()));
    const QColor drawn = pictogramColour();
    m_styledFor = page;
    m_drawnIn = drawn;
    for (QAbstractButton *button : std::as_const(m_tiles)) {
        const QPixmap pixmap = Pictogram::render(button->property("pictogram").toString(), drawn, kPictogramSize,
                                                 devicePixelRatioF());
        button->setIcon(QIcon(pixmap));
    }
}

void KioskHomePage::showEvent(QShowEvent *event)
{
    QScrollArea::showEvent(event);
    // With flick scrolling a press is held back until the finger is seen not
    // to move, then replayed; on this page every button hides itself when it
    // acts, and a replayed press lost that way swallowed the next touch. A
    // touch presses the button at once; a flick that follows cancels it.
    if (QScroller::hasScroller(viewport())) {
        QScroller *scroller = QScroller::scroller(viewport());
        QScrollerProperties properties = scroller->scrollerProperties();
        properties.setScrollMetric(QScrollerProperties::MousePressEventDelay, 0.0);
        scroller->setScrollerProperties(properties);
    }
}

void KioskHomePage::changeEvent(QEvent *event)
{
    QScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange
        && (palette().color(QPalette::Base) != m_styledFor || pictogramColour() != m_drawnIn))
        restyle();
}

void KioskHomePage::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    layOut();
}

} // namespace huanjiao
