// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrisisCard.h"

#include "CrisisText.h"
#include "EntityUri.h"

#include <QLabel>
#include <QVBoxLayout>

namespace huanjiao {

CrisisCard::CrisisCard(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_numbersLine(new QLabel(this))
    , m_message(new QLabel(this))
    , m_link(new QLabel(this))
{
    setObjectName(QStringLiteral("crisisCard"));
    setFrameShape(QFrame::StyledPanel);
    // Calm, not alarming: the palette's own colours with a highlighted edge,
    // so it reads in every theme and in high contrast.
    setStyleSheet(QStringLiteral("#crisisCard { border: 2px solid palette(highlight); border-radius: 6px; }"));
    setAccessibleName(tr("Help now"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    QFont numbersFont = titleFont;
    numbersFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_numbersLine->setFont(numbersFont);
    m_numbersLine->setTextFormat(Qt::PlainText);
    // As tall as its words, however much room the results page has.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    for (QLabel *label : {m_title, m_numbersLine, m_message, m_link}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    }
    m_message->setTextFormat(Qt::PlainText);
    m_link->setOpenExternalLinks(false);
    connect(m_link, &QLabel::linkActivated, this, [this](const QString &link) { emit openRequested(QUrl(link)); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_numbersLine);
    layout->addWidget(m_message);
    layout->addWidget(m_link);
    hide();
}

void CrisisCard::show(const std::optional<CrisisNotice> &notice)
{
    if (!notice) {
        hide();
        return;
    }
    QString heading = CrisisText::title(*notice);
    if (notice->kind == CrisisNotice::Kind::Emergency)
        heading = heading.arg(m_numbers.emergency);
    m_title->setText(heading);
    m_numbersLine->setText(CrisisText::numbersLine(*notice, m_numbers));
    m_message->setText(CrisisText::message(*notice, m_numbers));
    EntityUri uri;
    if (!notice->page.isEmpty() && EntityUri::parse(EntityUri::scheme() + QStringLiteral("://") + notice->page, &uri)) {
        m_link->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                            .arg(uri.toString().toHtmlEscaped(),
                                 (notice->kind == CrisisNotice::Kind::SelfHarm ? tr("Read more about getting help")
                                                                               : tr("Read about the warning signs"))
                                     .toHtmlEscaped()));
        m_link->show();
    } else {
        m_link->hide();
    }
    setAccessibleDescription(heading + QLatin1Char(' ') + m_numbersLine->text() + QLatin1Char(' ') + m_message->text());
    QFrame::show();
}

} // namespace huanjiao
