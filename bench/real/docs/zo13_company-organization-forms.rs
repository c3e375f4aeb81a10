/// Organization forms in Chinese law
///
/// # 组织形式
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OrganizationForm {
    /// 有限责任公司 / Limited Liability Company
    LimitedLiabilityCompany,
    /// 股份有限公司 / Joint Stock Company
    JointStockCompany,
    /// 有限合伙企业 / Limited Partnership
    LimitedPartnership,
    /// 普通合伙企业 / General Partnership
    GeneralPartnership,
    /// 个人独资企业 / Sole Proprietorship
    SoleProprietorship,
    /// 分公司 / Branch
    Branch,
    /// 子公司 / Subsidiary
    Subsidiary,
    /// 代表处 / Representative Office
    RepresentativeOffice,
    /// 中外合资经营企业 / Sino-Foreign Equity Joint Venture
    EquityJointVenture,
    /// 中外合作经营企业 / Sino-Foreign Cooperative Joint Venture
    CooperativeJointVenture,
    /// 外商独资企业 / Wholly Foreign-Owned Enterprise (WFOE)
    WhollyForeignOwned,
}

impl OrganizationForm {
    /// Get name in Chinese
    pub fn name_zh(&self) -> &'static str {
        match self {
            Self::LimitedLiabilityCompany => "有限责任公司",
            Self::JointStockCompany => "股份有限公司",
            Self::LimitedPartnership => "有限合伙企业",
            Self::GeneralPartnership => "普通合伙企业",
            Self::SoleProprietorship => "个人独资企业",
            Self::Branch => "分公司",
            Self::Subsidiary => "子公司",
            Self::RepresentativeOffice => "代表处",
            Self::EquityJointVenture => "中外合资经营企业",
            Self::CooperativeJointVenture => "中外合作经营企业",
            Self::WhollyForeignOwned => "外商独资企业",
        }
    }

    /// Get name in English
    pub fn name_en(&self) -> &'static str {
        match self {
            Self::LimitedLiabilityCompany => "Limited Liability Company",
            Self::JointStockCompany => "Joint Stock Company Limited",
            Self::LimitedPartnership => "Limited Partnership",
            Self::GeneralPartnership => "General Partnership",
            Self::SoleProprietorship => "Sole Proprietorship",
            Self::Branch => "Branch",
            Self::Subsidiary => "Subsidiary",
            Self::RepresentativeOffice => "Representative Office",
            Self::EquityJointVenture => "Equity Joint Venture",
            Self::CooperativeJointVenture => "Cooperative Joint Venture",
            Self::WhollyForeignOwned => "Wholly Foreign-Owned Enterprise",
        }
    }
