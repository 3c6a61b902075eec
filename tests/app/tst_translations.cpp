// SPDX-License-Identifier: GPL-3.0-or-later
// Both interface languages are complete: every message in the sources has a
// finished translation in both .ts files, with the same placeholders, and
// no translation is left over from strings that are gone. lupdate is run
// into copies of the .ts files, so a new tr() string not yet translated fails here.

#include "InterfaceLanguage.h"
#include "Labels.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace huanjiao;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // translation type: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per numerus form
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inTranslation = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inTranslation && current.source.isNull()) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{context, QString(), QString(), {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
                current.source = QString(); // set below
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (current.numerus) {
                    inTranslation = true;
                } else {
                    current.translations << xml.readElementText();
                }
            } else if (name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("translation"))
                inTranslation = false;
            else if (xml.name() == QLatin1String("message")) {
                messages << current;
                current = Message{};
            }
        }
    }
    return xml.hasError() ? QList<Message>() : messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d|n)"));
    QStringList found;
    for (const auto &match : pattern.globalMatch(text))
        found << match.captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

QString describe(const Message &m)
{
    return m.context + QStringLiteral(": \"") + m.source.left(70) + QLatin1Char('"');
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
    void chineseAtRunTime();
    void languageChoice();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("forms");
    QTest::newRow("zh_CN") << QStringLiteral("huanjiao_zh_CN.ts") << 1;
    QTest::newRow("en") << QStringLiteral("huanjiao_en.ts") << 2;
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    QFETCH(int, forms);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(file);
    QVERIFY(QFile::copy(QStringLiteral(HUANJIAO_TRANSLATIONS_DIR "/") + file, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // What lupdate makes of the sources as they are now.
    QProcess lupdate;
    lupdate.start(QStringLiteral(HUANJIAO_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("@" HUANJIAO_TRANSLATABLE_LIST), QStringLiteral("-ts"), copy});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QCOMPARE(lupdate.exitCode(), 0);

    const QList<Message> messages = readTs(copy);
    QVERIFY2(messages.size() > 300, qPrintable(QStringLiteral("only %1 messages read").arg(messages.size())));
    QStringList problems;
    for (const Message &m : messages) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
            problems << QStringLiteral("no longer in the sources (remove it): ") + describe(m);
            continue;
        }
        if (m.type == QLatin1String("unfinished")) {
            problems << QStringLiteral("unfinished or new (translate it): ") + describe(m);
            continue;
        }
        if (m.translations.size() != (m.numerus ? forms : 1)) {
            problems << QStringLiteral("wrong number of plural forms: ") + describe(m);
            continue;
        }
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty())
                problems << QStringLiteral("empty translation: ") + describe(m);
            else if (placeholders(t) != placeholders(m.source) && !(m.numerus && forms > 1))
                problems << QStringLiteral("placeholders differ (%1 vs %2): ")
                                .arg(placeholders(t).join(QLatin1Char(' ')), placeholders(m.source).join(QLatin1Char(' ')))
                            + describe(m);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 in %2:\n").arg(problems.size()).arg(file)
                                            + problems.join(QLatin1Char('\n'))));
}

void TestTranslations::chineseAtRunTime()
{
    // The compiled translation is in the program, and the contexts lupdate
    // filed the strings under are the ones looked up at run time.
    QVERIFY(InterfaceLanguage::install(QCoreApplication::instance(), QStringLiteral("zh_CN")));
    QCOMPARE(Labels::kindPlural(Kind::Condition), QStringLiteral("疾病"));
    QCOMPARE(Labels::section(QStringLiteral("diagnosis")), QStringLiteral("诊断与检查"));
    QCOMPARE(Labels::relation(RelationType::TreatedBy, false, Kind::Doctor), QStringLiteral("相关医生"));
    QCOMPARE(QCoreApplication::translate("huanjiao::BrowserWindow", "Back"), QStringLiteral("后退"));
    QCOMPARE(QCoreApplication::translate("HandoutRenderer", "Page %1 of %2").arg(1).arg(3),
             QStringLiteral("第 1 页 / 共 3 页"));
    QCOMPARE(QCoreApplication::translate("HeadlessCommands", "Also called: %1"), QStringLiteral("又称：%1"));
}

void TestTranslations::languageChoice()
{
    QCOMPARE(InterfaceLanguage::resolve(QString(), QLocale(QStringLiteral("zh_CN"))), QStringLiteral("zh_CN"));
    QCOMPARE(InterfaceLanguage::resolve(QString(), QLocale(QStringLiteral("zh_TW"))), QStringLiteral("zh_CN"));
    QCOMPARE(InterfaceLanguage::resolve(QString(), QLocale(QStringLiteral("en_US"))), QStringLiteral("en"));
    QCOMPARE(InterfaceLanguage::resolve(QString(), QLocale(QStringLiteral("fr_FR"))), QStringLiteral("en"));
    // The setting wins over the system.
    QCOMPARE(InterfaceLanguage::resolve(QStringLiteral("en"), QLocale(QStringLiteral("zh_CN"))), QStringLiteral("en"));
    QCOMPARE(InterfaceLanguage::resolve(QStringLiteral("zh_CN"), QLocale(QStringLiteral("en_GB"))), QStringLiteral("zh_CN"));
    QCOMPARE(InterfaceLanguage::resolve(QStringLiteral("xx"), QLocale(QStringLiteral("en_GB"))), QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
