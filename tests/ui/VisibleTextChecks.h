// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The checks of what a reader sees, shared by the desktop's (tst_visibletext)
// and the kiosk's (tst_kiosklayout) tests: text cut off or elided, a stray
// "&" (a mnemonic shown as itself, or eaten from "Q&A"), English left in the
// Chinese interface, and two items of one menu with the same mnemonic.

#include <QAbstractButton>
#include <QAction>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolBar>
#include <QWidget>

namespace huanjiao::test {


// Latin words the Chinese interface keeps on purpose: names of software,
// licences and standards, units and abbreviations patients know as such,
// and the language combo's own "English".
inline const QSet<QString> &keptInLatin()
{
    static const QSet<QString> words{
        QStringLiteral("Qt"),      QStringLiteral("SQLite"),   QStringLiteral("OpenCC"),  QStringLiteral("libqrencode"),
        QStringLiteral("Unicode"), QStringLiteral("Noto"),     QStringLiteral("Sans"),    QStringLiteral("CJK"),
        QStringLiteral("Droid"),   QStringLiteral("Fallback"), QStringLiteral("GNU"),     QStringLiteral("LGPL"),
        QStringLiteral("SIL"),     QStringLiteral("Apache"),   QStringLiteral("License"), QStringLiteral("PDF"),
        QStringLiteral("PIN"),     QStringLiteral("QR"),       QStringLiteral("English"), QStringLiteral("Ctrl"),
        QStringLiteral("Shift"),   QStringLiteral("Alt"),      QStringLiteral("Esc"),     QStringLiteral("Enter"),
        QStringLiteral("Tab"),     QStringLiteral("Home"),     QStringLiteral("Del"),     QStringLiteral("Backspace"),
        QStringLiteral("PgUp"),    QStringLiteral("PgDown"),   QStringLiteral("Space"),   QStringLiteral("Left"),
        QStringLiteral("Right"),   QStringLiteral("Up"),       QStringLiteral("Down"),    QStringLiteral("Huanjiao"),
        QStringLiteral("huanjiao"), QStringLiteral("kiosk"),   QStringLiteral("usr"),     QStringLiteral("share"),
        QStringLiteral("doc"),     QStringLiteral("Back"),     QStringLiteral("Forward"), QStringLiteral("Print"),
        QStringLiteral("Letter"),  QStringLiteral("sqlite"),   QStringLiteral("Font"),    QStringLiteral("Open"),
        QStringLiteral("Unihan"),  QStringLiteral("Debian"),  QStringLiteral("GPL"),  QStringLiteral("CC"),  QStringLiteral("BY"),  QStringLiteral("Pinyin"),   QStringLiteral("pinyin"),  QStringLiteral("Source"),
    };
    return words;
}

// The text as a widget that takes mnemonics shows it: single & gone, && as &.
inline QString shown(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&'))
                out += QLatin1Char('&'), ++i;
            continue;
        }
        out += text.at(i);
    }
    return out;
}

// The letter a single & marks, or a null QChar.
inline QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// An & between two capitals (Q&A, R&D) is part of a word: as a mnemonic it
// would vanish from it.
inline bool eatsAmpersand(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("(?<![&])[A-Z]&[A-Z]"));
    return word.match(text).hasMatch();
}

// A plain label without a buddy shows every & as it is: a mnemonic left there
// ("(&D)", "Content &database") is a stray.
inline bool strayAmpersand(const QString &text)
{
    static const QRegularExpression stray(QStringLiteral("\\(&\\w\\)|(^|[\\s\\p{Ll}])&\\w"));
    return stray.match(text).hasMatch();
}

class Checker
{
public:
    Checker(QString language, QSize screen)
        : m_where(QStringLiteral("%1 %2x%3").arg(language).arg(screen.width()).arg(screen.height()))
        , m_chinese(language == QLatin1String("zh_CN"))
        , m_screen(screen)
    {
    }

    void checkWindow(QWidget *top, const QString &name)
    {
        if (top->frameGeometry().width() > m_screen.width() || top->frameGeometry().height() > m_screen.height())
            fail(name, QStringLiteral("%1x%2 does not fit the screen").arg(top->width()).arg(top->height()));
        for (QWidget *widget : top->findChildren<QWidget *>()) {
            if (widget->isVisibleTo(top) && widget->window() == top && !widget->visibleRegion().isEmpty())
                checkWidget(widget, name);
        }
    }

    void checkMenus(QMenuBar *bar, const QString &name)
    {
        checkMnemonics(bar->actions(), name + QStringLiteral(" menu bar"));
        for (QAction *menuAction : bar->actions()) {
            if (QMenu *menu = menuAction->menu()) {
                QList<QAction *> visible;
                for (QAction *action : menu->actions()) {
                    if (action->isVisible() && !action->isSeparator())
                        visible << action;
                }
                checkMnemonics(visible, name + QStringLiteral(" menu ") + shown(menu->title()));
            }
        }
    }

    void checkText(const QString &text, const QString &name)
    {
        if (!m_chinese || text.isEmpty())
            return;
        QString plain = text;
        // Addresses, file paths, options of the command line, placeholders,
        // mnemonics, and topic ids (kebab-case): all shown as they are written.
        plain.remove(QRegularExpression(QStringLiteral(
            "https?://\\S+|/[\\w./-]+|--[a-z-]+|\\{\\w+\\}|\\(&\\w\\)|[a-z]+(-[a-z]+)+")));
        static const QRegularExpression words(QStringLiteral("[A-Za-z]{3,}"));
        for (const auto &match : words.globalMatch(plain)) {
            if (!keptInLatin().contains(match.captured())) {
                fail(name, QStringLiteral("English in the Chinese interface: \"%1\"").arg(text));
                return;
            }
        }
    }

    const QStringList &problems() const { return m_problems; }

    // Notes a problem of `name` (checks of a caller's own add theirs too).
    void fail(const QString &name, const QString &what)
    {
        m_problems << QStringLiteral("%1, %2: %3").arg(m_where, name, what);
    }

private:

    void checkWidget(QWidget *widget, const QString &name)
    {
        const QString where = name + QLatin1Char('/') + describe(widget);
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            checkLabel(label, where);
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            checkTabs(tabs, where);
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (button->text().isEmpty())
                return;
            checkText(shown(button->text()), where);
            if (eatsAmpersand(button->text()))
                fail(where, QStringLiteral("the & of \"%1\" is taken as a mnemonic").arg(button->text()));
            // A button in a toolbar may show its icon only; any other shows its whole text.
            if (button->width() < button->sizeHint().width() && !qobject_cast<QToolBar *>(button->parentWidget()))
                fail(where, QStringLiteral("\"%1\" is cut: %2 of %3 px")
                                .arg(shown(button->text()))
                                .arg(button->width())
                                .arg(button->sizeHint().width()));
        } else if (auto *bar = qobject_cast<QToolBar *>(widget)) {
            for (QAction *action : bar->actions()) {
                QWidget *item = bar->widgetForAction(action);
                if (action->isVisible() && item && !item->isVisible())
                    fail(where, QStringLiteral("\"%1\" is pushed off the toolbar").arg(shown(action->text())));
            }
        } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
            checkText(edit->placeholderText(), where);
        } else if (auto *browser = qobject_cast<QTextBrowser *>(widget)) {
            // Pages are content, not the interface.
            if (browser->objectName() != QLatin1String("page") && !browser->inherits("huanjiao::PageView"))
                for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next())
                    checkText(block.text(), where);
        }
    }

    void checkLabel(QLabel *label, const QString &where)
    {
        if (label->text().isEmpty() || !label->pixmap().isNull())
            return;
        const bool rich = label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        const QString text = label->buddy() ? shown(label->text()) : label->text();
        if (!rich) {
            checkText(text, where);
            if (!label->buddy() && strayAmpersand(label->text()))
                fail(where, QStringLiteral("stray & in \"%1\"").arg(label->text()));
        }
        const QRect room = label->contentsRect();
        if (label->wordWrap() || rich) {
            if (label->heightForWidth(label->width()) > label->height() + 1)
                fail(where, QStringLiteral("\"%1\" is cut: needs %2 px of height, has %3")
                                .arg(text)
                                .arg(label->heightForWidth(label->width()))
                                .arg(label->height()));
        } else {
            const int needed = label->fontMetrics().boundingRect(room, int(label->alignment()), text).width();
            if (needed > room.width() + 1)
                fail(where, QStringLiteral("\"%1\" is cut: %2 of %3 px").arg(text).arg(room.width()).arg(needed));
        }
    }

    void checkTabs(QTabBar *tabs, const QString &where)
    {
        for (int i = 0; i < tabs->count(); ++i) {
            const QString text = tabs->tabText(i);
            checkText(shown(text), where);
            if (eatsAmpersand(text))
                fail(where, QStringLiteral("the & of \"%1\" is taken as a mnemonic").arg(text));
            const QRect rect = tabs->tabRect(i);
            if (!tabs->rect().contains(rect))
                fail(where, QStringLiteral("tab \"%1\" is behind the scroll arrows").arg(shown(text)));
            else if (rect.width() < tabs->fontMetrics().horizontalAdvance(shown(text)))
                fail(where, QStringLiteral("tab \"%1\" is elided").arg(shown(text)));
        }
    }

    void checkMnemonics(const QList<QAction *> &actions, const QString &where)
    {
        QHash<QChar, QString> taken;
        for (QAction *action : actions) {
            const QChar key = mnemonic(action->text());
            checkText(shown(action->text()), where);
            if (key.isNull())
                continue;
            if (taken.contains(key))
                fail(where, QStringLiteral("\"%1\" and \"%2\" share the mnemonic %3")
                                .arg(taken.value(key), shown(action->text()), key));
            taken.insert(key, shown(action->text()));
        }
    }

    static QString describe(QWidget *widget)
    {
        return widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                              : widget->objectName();
    }

    QString m_where;
    bool m_chinese;
    QSize m_screen;
    QStringList m_problems;
};

} // namespace huanjiao::test
