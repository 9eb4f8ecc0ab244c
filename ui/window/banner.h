#pragma once

#include <QFrame>
#include <QIcon>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace wsdash {

// What ErrorBanner and WarningBanner share: a band in a colour of its own with an icon, a text
// that wraps and can be selected (rich text), and buttons at the right; hidden until it has
// something to say. It follows the palette (light, dark) by itself.
class Banner : public QFrame
{
    Q_OBJECT

public:
    // The band's colour in `palette`, and its icon.
    struct Look
    {
        QColor (*background)(const QPalette& palette);
        QIcon (*icon)(bool dark);
    };

    ~Banner() override;

    QString text() const;

protected:
    // `name`: the frame's object name; its text label is called `textName`.
    Banner(const QString& name, const QString& accessibleName, const QString& textName, Look look,
           QWidget* parent);
    // A button at the right end, in the order added.
    QPushButton* addButton(const QString& label, const QString& objectName,
                           Qt::Alignment alignment = Qt::AlignVCenter);
    void setText(const QString& html);
    void clearText();

    void changeEvent(QEvent* event) override;

private:
    void updateColors();

    Look m_look;
    QHBoxLayout* m_layout = nullptr;
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
};

} // namespace wsdash
