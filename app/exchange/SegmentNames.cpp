#include "exchange/SegmentNames.h"

#include <QHash>

namespace tollgate
{

namespace
{

// Traditional → simplified for the characters that differ in the default segment names (SPEC
// §2) and in words analysts use for segments they add (半導體, 晶圓, 檢測, 電源, 顯示, …).
// A character map rather than a word list: it covers any name built from these characters.
const QHash<char16_t, char16_t>& traditionalToSimplified()
{
    static const QHash<char16_t, char16_t> map{
        {u'傳', u'传'}, {u'設', u'设'}, {u'備', u'备'}, {u'關', u'关'}, {u'鍵', u'键'},
        {u'計', u'计'}, {u'與', u'与'}, {u'測', u'测'}, {u'終', u'终'}, {u'導', u'导'},
        {u'體', u'体'}, {u'檢', u'检'}, {u'電', u'电'}, {u'顯', u'显'}, {u'連', u'连'},
        {u'網', u'网'}, {u'車', u'车'}, {u'載', u'载'}, {u'動', u'动'}, {u'機', u'机'},
        {u'裝', u'装'}, {u'製', u'制'}, {u'學', u'学'}, {u'處', u'处'}, {u'儲', u'储'},
        {u'記', u'记'}, {u'憶', u'忆'}, {u'類', u'类'}, {u'數', u'数'}, {u'據', u'据'},
        {u'軟', u'软'}, {u'線', u'线'}, {u'頻', u'频'}, {u'號', u'号'}, {u'圓', u'圆'},
        {u'價', u'价'}, {u'業', u'业'}, {u'雲', u'云'}, {u'鏈', u'链'}, {u'專', u'专'},
        {u'屬', u'属'}, {u'質', u'质'}, {u'開', u'开'}, {u'發', u'发'}, {u'陸', u'陆'},
        {u'醫', u'医'}, {u'療', u'疗'}, {u'農', u'农'}, {u'錄', u'录'}, {u'輸', u'输'},
        {u'際', u'际'}, {u'組', u'组'}};
    return map;
}

// The form two names are compared in: trimmed, simplified characters, Latin in lower case.
QString comparable(const QString& text)
{
    return simplifiedChinese(text.trimmed()).toCaseFolded();
}

// "Sensors (image, tactile, MEMS)" → "sensors"; a name without a parenthesis → empty.
QString shortEnglishName(const QString& nameEn)
{
    const qsizetype paren = nameEn.indexOf(QLatin1Char('('));
    if (paren <= 0)
        return {};
    return nameEn.left(paren).trimmed().toCaseFolded();
}

} // namespace

QString simplifiedChinese(const QString& text)
{
    const QHash<char16_t, char16_t>& map = traditionalToSimplified();
    QString out = text;
    for (QChar& c : out) {
        const auto it = map.constFind(c.unicode());
        if (it != map.constEnd())
            c = QChar(it.value());
    }
    return out;
}

std::optional<QString> findSegmentKey(const QList<Segment>& segments, const QString& keyOrName)
{
    const QString wanted = comparable(keyOrName);
    if (wanted.isEmpty())
        return std::nullopt;
    // Keys and full names first, so a short English name can never shadow another segment.
    for (const Segment& s : segments) {
        if (wanted == s.key.toCaseFolded() || wanted == comparable(s.nameEn) ||
            wanted == comparable(s.nameZh))
            return s.key;
    }
    for (const Segment& s : segments) {
        if (wanted == shortEnglishName(s.nameEn))
            return s.key;
    }
    return std::nullopt;
}

} // namespace tollgate
