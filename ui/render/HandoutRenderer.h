// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HandoutDocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QRect>

#include <memory>

class QPagedPaintDevice;
class QPainter;
class QPaintDevice;

namespace huanjiao {

// Lays handouts out on paper and paints them: the clinic's header on every
// page, the body in between, and a footer with the topic's source and review
// date, the sample notice, a disclaimer, the date printed and "page N of M".
// Headings are kept with the text that follows them, and the contents list
// gets the page each topic starts on.
class HandoutRenderer
{
    Q_DECLARE_TR_FUNCTIONS(HandoutRenderer)

public:
    struct Options
    {
        HandoutSettings settings;
        bool sampleContent = false;
        QDate printed = QDate::currentDate();
        HandoutDocument::Layout layout = HandoutDocument::Layout::Full;
        QString note; // plain text from the dialog; held only as long as the renderer
        bool largePrint = false; // HandoutDocument::Options::largePrint
    };

    HandoutRenderer(QList<Entity> topics, Options options);
    ~HandoutRenderer();

    // Lays out for the paint rect of `device` (in its pixels). Call again when
    // the device or its page layout changes.
    void layout(QPaintDevice *device);
    int pageCount() const;
    void paintPage(QPainter *painter, int page) const; // page counts from 0

    // Sets the handout's margins on `device`, lays out and paints every page.
    // False when the device cannot be painted on (a printer that failed).
    bool render(QPagedPaintDevice *device);

    // What the layout decided, for the contents list and for checking it.
    const HandoutDocument *body() const { return m_body.get(); }
    qreal bodyPageHeight() const { return m_bodyRect.height(); }
    int pageOfPosition(qreal y) const;
    int topicStartPage(int topic) const; // from 0
    int headingsMoved() const { return m_headingsMoved; }

    static QMarginsF pageMargins() { return {14, 10, 14, 10}; } // millimetres

private:
    void layoutSummary(QPaintDevice *device);
    HandoutDocument::Options documentOptions(const HandoutDocument::SummaryBudget &budget) const;
    void keepHeadingsWithNext();
    void numberContents();
    int topicOfPage(int page) const;
    void paintHeader(QPainter *painter) const;
    void paintFooter(QPainter *painter, int page) const;

    QList<Entity> m_topics;
    Options m_options;
    std::unique_ptr<HandoutDocument> m_body;
    QImage m_logo;
    qreal m_dpi = 72;
    QRectF m_pageRect;   // the device's paint rect
    QRectF m_headerRect;
    QRectF m_bodyRect;
    QRectF m_footerRect;
    int m_headingsMoved = 0;
};

} // namespace huanjiao
