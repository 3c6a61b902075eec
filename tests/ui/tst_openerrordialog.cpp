// SPDX-License-Identifier: GPL-3.0-or-later
#include "../database/DatabaseFiles.h"

#include "ContentDatabase.h"
#include "DatabaseSchema.h"
#include "OpenErrorDialog.h"

#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QTranslator>

using namespace huanjiao;

namespace {

// Stands in for a language: every string of ours comes back marked, so a
// test sees which text went through translation.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        const QByteArray ours(context);
        if (ours != "ContentDatabase" && ours != "huanjiao::OpenErrorDialog")
            return {};
        return QStringLiteral("[译]") + QString::fromUtf8(sourceText);
    }
};

} // namespace

// What the program shows when the content cannot be opened: one dialog per
// fault, with the translated reason and what to do.
class TestOpenErrorDialog : public QObject
{
    Q_OBJECT

    test::DatabaseFiles m_files;

private slots:
    void eachFaultShowsItsTranslatedMessage_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("missing") << m_files.filePath(QStringLiteral("nope.sqlite")) << int(OpenError::Missing)
                                 << QStringLiteral("was not found");
        QTest::newRow("empty") << m_files.write(QStringLiteral("empty.sqlite"), {}) << int(OpenError::Empty)
                               << QStringLiteral("is empty");
        QTest::newRow("not sqlite") << m_files.write(QStringLiteral("text.sqlite"), "hello\n")
                                    << int(OpenError::NotSqlite) << QStringLiteral("not an SQLite file");
        const QByteArray bundled = m_files.bundled();
        QTest::newRow("truncated") << m_files.write(QStringLiteral("cut.sqlite"), bundled.left(bundled.size() / 2))
                                   << int(OpenError::Truncated) << QStringLiteral("is incomplete");
        QTest::newRow("too new") << m_files.withPragma(QStringLiteral("new.sqlite"),
                                                       QStringLiteral("user_version = %1").arg(DatabaseSchema::kVersion + 1))
                                 << int(OpenError::TooNew) << QStringLiteral("needs a newer version");
        QTest::newRow("too old") << m_files.withPragma(QStringLiteral("old.sqlite"), QStringLiteral("user_version = 0"))
                                 << int(OpenError::TooOld) << QStringLiteral("older version");
        QTest::newRow("foreign") << m_files.withPragma(QStringLiteral("foreign.sqlite"),
                                                       QStringLiteral("application_id = 7"))
                                 << int(OpenError::Foreign) << QStringLiteral("of another program");
    }

    void eachFaultShowsItsTranslatedMessage()
    {
        QFETCH(QString, path);
        QFETCH(int, code);
        QFETCH(QString, says);
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));

        OpenError error;
        QVERIFY(!ContentDatabase::open(path, &error));
        QCOMPARE(int(error.code), code);
        OpenErrorDialog dialog(error);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.icon(), QMessageBox::Critical);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("[译]Cannot open the content"));
        QVERIFY2(dialog.text().startsWith(QStringLiteral("[译]")), qPrintable(dialog.text()));
        QVERIFY2(dialog.text().contains(says), qPrintable(dialog.text()));
        QVERIFY(dialog.text().contains(path));
        // What is on screen is that text, not something else.
        bool shown = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            shown = shown || label->text() == dialog.text();
        QVERIFY(shown);
        QVERIFY(dialog.button(QMessageBox::Close));
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestOpenErrorDialog)
#include "tst_openerrordialog.moc"
