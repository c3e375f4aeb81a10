using System.ComponentModel;

// ReSharper disable UnusedMember.Global

namespace EasilyNET.Core.Enums;

/// <summary>
/// 中国民族枚举
/// </summary>
// ReSharper disable once UnusedType.Global
public enum ENation
{
    /// <summary>
    /// Han
    /// </summary>
    [Description("Han")]
    汉族 = 1,

    /// <summary>
    /// Mongolian
    /// </summary>
    [Description("Mongolian")]
    蒙古族 = 2,

    /// <summary>
    /// Hui
    /// </summary>
    [Description("Hui")]
    回族 = 3,

    /// <summary>
    /// Tibetan
    /// </summary>
    [Description("Tibetan")]
    藏族 = 4,

    /// <summary>
    /// Uighur
    /// </summary>
    [Description("Uighur")]
    维吾尔族 = 5,

    /// <summary>
    /// Hmong
    /// </summary>
    [Description("Hmong")]
    苗族 = 6,

    /// <summary>
    /// Yi
    /// </summary>
    [Description("Yi")]
    彝族 = 7,

    /// <summary>
    /// Bouxcuengh
    /// </summary>
    [Description("Bouxcuengh")]
    壮族 = 8,

    /// <summary>
    /// Buxqyaix
    /// </summary>
    [Description("Buxqyaix")]
    布依族 = 9,

    /// <summary>
    /// Korean
    /// </summary>
    [Description("Korean")]
    朝鲜族 = 10,

    /// <summary>
    /// Manchu
    /// </summary>
    [Description("Manchu")]
    满族 = 11,

    /// <summary>
    /// Dong
    /// </summary>
    [Description("Dong")]
    侗族 = 12,

    /// <summary>
    /// Yao
    /// </summary>
    [Description("Yao")]
    瑶族 = 13,

    /// <summary>
    /// Bai
    /// </summary>
    [Description("Bai")]
    白族 = 14,

    /// <summary>
    /// Bizika
    /// </summary>
    [Description("Bizika")]
    土家族 = 15,

    /// <summary>
    /// HaNhi
    /// </summary>
    [Description("HaNhi")]
    哈尼族 = 16,

    /// <summary>
    /// Kazakh
    /// </summary>
    [Description("Kazakh")]
    哈萨克族 = 17,

    /// <summary>
    /// Dai
    /// </summary>
    [Description("Dai")]
    傣族 = 18,

    /// <summary>
    /// Li
    /// </summary>
    [Description("Li")]
    黎族 = 19,

    /// <summary>
    /// Lisu
    /// </summary>
    [Description("Lisu")]
    傈僳族 = 20,

    /// <summary>
    /// Va
    /// </summary>
    [Description("Va")]
    佤族 = 21,

    /// <summary>
    /// She
    /// </summary>
    [Description("She")]
    畲族 = 22,

    /// <summary>
    /// Gaoshan
    /// </summary>
    [Description("Gaoshan")]
    高山族 = 23,

    /// <summary>
    /// LadHull
    /// </summary>
    [Description("LadHull")]
    拉祜族 = 24,

    /// <summary>
    /// Sui
    /// </summary>
    [Description("Sui")]
    水族 = 25,

    /// <summary>
    /// Dongxiang
    /// </summary>
    [Description("Dongxiang")]
    东乡族 = 26,

    /// <summary>
    /// Nakhi
    /// </summary>
    [Description("Nakhi")]
    纳西族 = 27,

    /// <summary>
    /// Jingpo
    /// </summary>
    [Description("Jingpo")]
    景颇族 = 28,

    /// <summary>
    /// Kyrgyz
    /// </summary>
    [Description("Kyrgyz")]
    柯尔克孜族 = 29,

    /// <summary>
    /// Monguor
    /// </summary>
    [Description("Monguor")]
    土族 = 30,

    /// <summary>
    /// Daur
    /// </summary>
    [Description("Daur")]
    达斡尔族 = 31,

    /// <summary>
    /// Mulao
    /// </summary>
    [Description("Mulao")]
    仫佬族 = 32,

    /// <summary>
    /// Qiang
    /// </summary>
    [Description("Qiang")]
    羌族 = 33,

    /// <summary>
    /// Blang
    /// </summary>
    [Description("Blang")]
    布朗族 = 34,

    /// <summary>
    /// Salar
    /// </summary>
    [Description("Salar")]
    撒拉族 = 35,

    /// <summary>
    /// Maonan
    /// </summary>
    [Description("Maonan")]
    毛南族 = 36,

    /// <summary>
    /// Gelao
    /// </summary>
    [Description("Gelao")]
    仡佬族 = 37,

    /// <summary>
    /// Xibe
    /// </summary>
    [Description("Xibe")]
    锡伯族 = 38,

    /// <summary>
    /// Achang
    /// </summary>
    [Description("Achang")]
    阿昌族 = 39,

    /// <summary>
    /// Pumi
    /// </summary>
    [Description("Pumi")]
    普米族 = 40,

    /// <summary>
    /// Tadzhik
    /// </summary>
    [Description("Tadzhik")]
    塔吉克族 = 41,

    /// <summary>
    /// Nu
    /// </summary>
    [Description("Nu")]
    怒族 = 42,

    /// <summary>
    /// Uzbek
    /// </summary>
    [Description("Uzbek")]
    乌孜别克族 = 43,

    /// <summary>
    /// Russian
    /// </summary>
    [Description("Russian")]
    俄罗斯族 = 44,

    /// <summary>
    /// Evenki
    /// </summary>
    [Description("Evenki")]
    鄂温克族 = 45,

    /// <summary>
    /// Deang
    /// </summary>
    [Description("Deang")]
    德昂族 = 46,

    /// <summary>
    /// Bonan
    /// </summary>
    [Description("Bonan")]
    保安族 = 47,

    /// <summary>
    /// Yughur
    /// </summary>
    [Description("Yughur")]
    裕固族 = 48,

    /// <summary>
    /// Kinh
    /// </summary>
    [Description("Kinh")]
    京族 = 49,

    /// <summary>
    /// Tatar
    /// </summary>
    [Description("Tatar")]
    塔塔尔族 = 50,

    /// <summary>
    /// Derung
    /// </summary>
    [Description("Derung")]
    独龙族 = 51,

    /// <summary>
    /// Oroqen
    /// </summary>
    [Description("Oroqen")]
    鄂伦春族 = 52,

    /// <summary>
    /// Nanai
    /// </summary>
    [Description("Nanai")]
    赫哲族 = 53,

    /// <summary>
    /// Monpa
    /// </summary>
    [Description("Monpa")]
    门巴族 = 54,

    /// <summary>
    /// Lhoba
    /// </summary>
    [Description("Lhoba")]
    珞巴族 = 55,

    /// <summary>
    /// Jino
    /// </summary>
    [Description("")]
    基诺族 = 56,

    /// <summary>
    /// Chuanqing
    /// </summary>
    [Description("Chuanqing")]
    穿青人 = 57,

    /// <summary>
    /// Foreign-born Chinese nationals
    /// </summary>
    [Description("ForeignChinese")]
    外国血统中国籍人士 = 98,

    /// <summary>
    /// Other
    /// </summary>
    [Description("Other")]
    其他 = 99
}