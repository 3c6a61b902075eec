// SPDX-License-Identifier: GPL-3.0-or-later
#include "KioskHomePage.h"

#include "EntityUri.h"
#include "Labels.h"
#include "Repository.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace huanjiao {

namespace {
constexpr int kCommonTopics = 12;

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
} // namespace

KioskHomePage::KioskHomePage(const Repository &repository, QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("kioskHome"));
    setAccessibleName(tr("Home"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("kioskHomeContents"));
    page->setStyleSheet(QStringLiteral(
        "#kioskHomeContents { background: white; }"
        "QPushButton { background: #e9f1f8; border: 1px solid #b7cde0; border-radius: 10px; padding: 8px 14px;"
        " color: #16324a; text-align: left; }"
        "QPushButton:pressed { background: #c8dcee; }"
        "QPushButton#kioskSearch { background: #1d5c8f; color: white; text-align: center; }"
        "QPushButton#kioskSearch:pressed { background: #164a74; }"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(32, 24, 32, 32);
    layout->setSpacing(16);

    layout->addWidget(heading(tr("Huanjiao patient education"), 34, page));
    auto *lead = new QLabel(tr("Read about conditions, tests and medicines, and find the right department. "
                               "Touch a topic, or search with the keyboard on the left."),
                            page);
    lead->setWordWrap(true);
    QFont leadFont = lead->font();
    leadFont.setPixelSize(20);
    lead->setFont(leadFont);
    layout->addWidget(lead);

    auto *search = new QPushButton(tr("Search for a condition, medicine or doctor"), page);
    search->setObjectName(QStringLiteral("kioskSearch"));
    search->setMinimumHeight(kButtonHeight);
    search->setFocusPolicy(Qt::NoFocus);
    QFont searchFont = search->font();
    searchFont.setPixelSize(22);
    searchFont.setBold(true);
    search->setFont(searchFont);
    connect(search, &QPushButton::clicked, this, &KioskHomePage::searchRequested);
    layout->addWidget(search);

    layout->addWidget(section(tr("Common topics"), repository.commonTopics(kCommonTopics)));
    layout->addWidget(section(Labels::kindPlural(Kind::Department), repository.childDepartments(0)));
    layout->addStretch();
    setWidget(page);
}

QWidget *KioskHomePage::section(const QString &title, const QList<EntityRef> &entries)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->addWidget(heading(title, 26, box));
    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    Section section{grid, {}};
    for (int i = 0; i < entries.size(); ++i) {
        const EntityRef &ref = entries.at(i);
        auto *button = new QPushButton(ref.name, box);
        button->setMinimumHeight(kButtonHeight);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setFocusPolicy(Qt::NoFocus);
        QFont font = button->font();
        font.setPixelSize(22);
        button->setFont(font);
        const QUrl url = EntityUri{ref.kind, ref.id}.toUrl();
        connect(button, &QPushButton::clicked, this, [this, url] { emit openRequested(url, false); });
        section.buttons.append(button);
    }
    m_sections.append(section);
    layout->addLayout(grid);
    layOut();
    return box;
}

void KioskHomePage::layOut()
{
    constexpr int kButtonWidth = 260; // px, with its spacing
    const int columns = qBound(2, viewport()->width() / kButtonWidth, 5);
    if (columns == m_columns && !m_sections.isEmpty() && m_sections.last().grid->count() > 0)
        return;
    m_columns = columns;
    for (const Section &section : std::as_const(m_sections)) {
        for (QWidget *button : section.buttons)
            section.grid->removeWidget(button);
        for (int i = 0; i < section.buttons.size(); ++i)
            section.grid->addWidget(section.buttons.at(i), i / columns, i % columns);
        for (int c = 0; c < 5; ++c)
            section.grid->setColumnStretch(c, c < columns ? 1 : 0);
    }
}

void KioskHomePage::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    layOut();
}

} // namespace huanjiao
