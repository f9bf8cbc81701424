#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>

#include <algorithm>
#include <vector>

namespace orglens {

// Writes compact JSON straight into bytes, for high-volume line output (decode --batch) where building
// QJsonObjects per line costs more than the work being reported. Keys are ASCII literals.
class JsonLineWriter {
public:
    // Reserving a typical line's size up front saves the repeated reallocations of a growing line.
    explicit JsonLineWriter(qsizetype expectedSize = 1024) { m_out.reserve(expectedSize); }

    JsonLineWriter &beginObject() { return open('{'); }
    JsonLineWriter &endObject() { return close('}'); }
    JsonLineWriter &beginArray() { return open('['); }
    JsonLineWriter &endArray() { return close(']'); }

    JsonLineWriter &key(QLatin1StringView name)
    {
        separate();
        m_out += '"';
        m_out += QByteArrayView(name.data(), name.size());
        m_out += "\":";
        m_afterKey = true;
        return *this;
    }

    JsonLineWriter &string(QStringView text)
    {
        separate();
        appendEscaped(text.toUtf8());
        return *this;
    }
    JsonLineWriter &nullableString(QStringView text) { return text.isEmpty() ? null() : string(text); }
    JsonLineWriter &boolean(bool value) { return raw(value ? "true" : "false"); }
    JsonLineWriter &number(qint64 value) { return raw(QByteArray::number(value)); }
    JsonLineWriter &null() { return raw("null"); }

    // Already-serialised, valid, single-line JSON.
    JsonLineWriter &raw(QByteArrayView json)
    {
        separate();
        m_out += json;
        return *this;
    }

    const QByteArray &bytes() const { return m_out; }

private:
    JsonLineWriter &open(char bracket)
    {
        separate();
        m_out += bracket;
        m_firstInContainer.push_back(true);
        return *this;
    }
    JsonLineWriter &close(char bracket)
    {
        m_out += bracket;
        m_firstInContainer.pop_back();
        return *this;
    }
    // Writes the comma between elements; a value right after its key needs none.
    void separate()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_firstInContainer.empty()) {
            if (!m_firstInContainer.back())
                m_out += ',';
            m_firstInContainer.back() = false;
        }
    }
    static bool needsEscape(char c) { return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20; }

    void appendEscaped(const QByteArray &utf8)
    {
        static constexpr char hex[] = "0123456789abcdef";
        m_out += '"';
        const char *run = utf8.constBegin();
        const char *end = utf8.constEnd();
        while (run != end) {
            // Copy the run of bytes that need no escaping in one go, then escape one byte.
            const char *special = std::find_if(run, end, needsEscape);
            m_out.append(run, special - run);
            if (special == end)
                break;
            switch (const char c = *special) {
            case '"':
                m_out += "\\\"";
                break;
            case '\\':
                m_out += "\\\\";
                break;
            case '\n':
                m_out += "\\n";
                break;
            case '\r':
                m_out += "\\r";
                break;
            case '\t':
                m_out += "\\t";
                break;
            default:
                m_out += "\\u00";
                m_out += hex[(c >> 4) & 0xf];
                m_out += hex[c & 0xf];
            }
            run = special + 1;
        }
        m_out += '"';
    }

    QByteArray m_out;
    std::vector<bool> m_firstInContainer;
    bool m_afterKey = false;
};

} // namespace orglens
