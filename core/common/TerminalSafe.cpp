#include "TerminalSafe.h"

namespace orglens {

namespace {

bool rewritesTerminal(char16_t c)
{
    if (c == u'\t' || c == u'\n')
        return false;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f)         // C0 (CR and ESC included), DEL, C1 (CSI 0x9b)
           || c == 0x061c || c == 0x200e || c == 0x200f // ALM, LRM, RLM
           || (c >= 0x202a && c <= 0x202e)              // LRE, RLE, PDF, LRO, RLO
           || (c >= 0x2066 && c <= 0x2069);             // LRI, RLI, FSI, PDI
}

// Bytes at the end of `utf8` that start a sequence not yet complete.
qsizetype incompleteTail(const QByteArray &utf8)
{
    for (qsizetype back = 1; back <= 3 && back <= utf8.size(); ++back) {
        const auto byte = uchar(utf8.at(utf8.size() - back));
        if ((byte & 0xc0) == 0x80)
            continue; // a continuation byte: look further back for the lead
        const int length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
        return length > back ? back : 0;
    }
    return 0;
}

} // namespace

QString terminalSafe(QStringView text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        if (rewritesTerminal(c.unicode()))
            safe += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
        else
            safe += c;
    }
    return safe;
}

TerminalSafeDevice::TerminalSafeDevice(QIODevice *target, QObject *parent) : QIODevice(parent), m_target(target) {}

qint64 TerminalSafeDevice::writeData(const char *data, qint64 size)
{
    if (!m_target)
        return -1;
    QByteArray bytes = m_pending + QByteArray(data, size);
    const qsizetype tail = incompleteTail(bytes);
    m_pending = bytes.right(tail);
    bytes.chop(tail);
    const QByteArray safe = terminalSafe(QString::fromUtf8(bytes)).toUtf8();
    if (m_target->write(safe) != safe.size())
        return -1;
    return size;
}

} // namespace orglens
