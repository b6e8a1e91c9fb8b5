#pragma once

// What the zh_CN GUI tests call English: the texts a person sees in a widget's visible subtree
// (labels, buttons, group boxes, placeholders, combo items, tabs, headers, chart titles, axes and
// legends), and which of them are an English phrase. Codes (M1, TAM, CSV), numbers and the name
// "Tollgate" may stay as they are. Header only: shared by the zh_CN tests.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTest>
#include <QTextDocumentFragment>

namespace tollgate::test
{

inline bool hasChinese(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

// Words that read the same in both languages: the product, units, formats and codes.
inline bool isCode(const QString& word)
{
    static const QSet<QString> codes{
        QStringLiteral("Tollgate"), QStringLiteral("TAM"),    QStringLiteral("SAM"),
        QStringLiteral("CAGR"),     QStringLiteral("CSV"),    QStringLiteral("JSON"),
        QStringLiteral("PNG"),      QStringLiteral("SVG"),    QStringLiteral("UTF"),
        QStringLiteral("GB"),       QStringLiteral("EDA"),    QStringLiteral("IP"),
        QStringLiteral("GPU"),      QStringLiteral("ASIC"),   QStringLiteral("AI"),
        QStringLiteral("MEMS"),     QStringLiteral("IoT"),    QStringLiteral("Ctrl"),
        QStringLiteral("Shift"),    QStringLiteral("PgUp"),   QStringLiteral("PgDn"),
        QStringLiteral("Pre"),      QStringLiteral("CNY"),    QStringLiteral("PDF"),
        QStringLiteral("HTML"),     QStringLiteral("SQLite"), QStringLiteral("IPO")};
    return codes.contains(word);
}

// An English phrase: no Chinese character and at least one word of two letters or more that
// is not a code.
inline bool isEnglish(const QString& text)
{
    // A file's path reads as it is named: folders and files are the user's, not the app's.
    if (text.startsWith(QLatin1Char('/')) && !text.contains(QLatin1Char(' ')))
        return false;
    if (hasChinese(text))
        return false;
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    for (auto it = word.globalMatch(text); it.hasNext();) {
        if (!isCode(it.next().captured(0)))
            return true;
    }
    return false;
}

inline QString plain(const QString& text)
{
    QString t =
        Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    return t.remove(QLatin1Char('&'));
}

// Every text a person sees in the widget's visible subtree, each prefixed with where it is.
inline QStringList visibleTexts(QWidget* root)
{
    QStringList texts;
    auto add = [&texts](const QObject* where, const QString& text) {
        const QString p = plain(text).trimmed();
        if (!p.isEmpty())
            texts << QStringLiteral("%1 [%2]: %3")
                         .arg(QString::fromLatin1(where->metaObject()->className()),
                              where->objectName(), p);
    };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(root) && w != root)
            continue;
        if (auto* label = qobject_cast<QLabel*>(w))
            add(w, label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(w, button->text());
        else if (auto* box = qobject_cast<QGroupBox*>(w))
            add(w, box->title());
        else if (auto* edit = qobject_cast<QLineEdit*>(w))
            add(w, edit->placeholderText());
        else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(w, combo->itemText(i));
        } else if (auto* bar = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < bar->count(); ++i)
                add(w, bar->tabText(i));
        } else if (auto* view = qobject_cast<QAbstractItemView*>(w)) {
            if (QAbstractItemModel* model = view->model()) {
                for (int c = 0; c < model->columnCount(); ++c)
                    add(w, model->headerData(c, Qt::Horizontal).toString());
            }
        } else if (auto* chartView = qobject_cast<QChartView*>(w)) {
            QChart* chart = chartView->chart();
            add(w, chart->title());
            for (QAbstractAxis* axis : chart->axes()) {
                add(w, axis->titleText());
                if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
                    for (const QString& c : categories->categories())
                        add(w, c);
                }
            }
            for (QLegendMarker* marker : chart->legend()->markers())
                add(w, marker->label());
        }
    }
    return texts;
}

inline QStringList englishTexts(QWidget* root)
{
    QStringList english;
    for (const QString& text : visibleTexts(root)) {
        const QString shown = text.section(QStringLiteral("]: "), 1);
        if (isEnglish(shown))
            english << text;
    }
    english.removeDuplicates();
    return english;
}

// Saves the widget as <name>-zh_CN.png in TOLLGATE_SCREENSHOT_DIR when that is set (the tests
// run under Xvfb for a person to look at every screen); otherwise does nothing.
inline bool saveScreenshotIfAsked(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("TOLLGATE_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return true;
    QTest::qWait(400); // layouts and charts settle
    QDir().mkpath(folder);
    return widget->grab().save(QDir(folder).filePath(name + QStringLiteral("-zh_CN.png")));
}

} // namespace tollgate::test
