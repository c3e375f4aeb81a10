//! Anti-Monopoly Law Module (反垄断法)
//!
//! # 中华人民共和国反垄断法 / Anti-Monopoly Law of the PRC
//!
//! Implements the Anti-Monopoly Law (2022 Revision) effective August 1, 2022.
//!
//! ## Key Concepts
//!
//! - **垄断行为 (Monopolistic Conduct)**: Prohibited anticompetitive conduct
//! - **市场支配地位 (Market Dominance)**: Position allowing control over market
//! - **经营者集中 (Concentration of Undertakings)**: Mergers and acquisitions
//! - **行政性垄断 (Administrative Monopoly)**: Government-imposed restrictions on competition
//!
//! ## Prohibited Conduct (Article 9-55)
//!
//! ### 1. Monopoly Agreements (垄断协议, Articles 16-20)
//!
//! #### Horizontal Agreements (Article 17)
//! - Price fixing
//! - Output restriction
//! - Market division
//! - Bid rigging
//!
//! #### Vertical Agreements (Article 18)
//! - Resale price maintenance
//! - Minimum resale price
//!
//! ### 2. Abuse of Market Dominance (滥用市场支配地位, Articles 22-25)
//!
//! - Unfair pricing
//! - Below-cost selling
//! - Refusal to deal
//! - Tying and bundling
//! - Discriminatory treatment
//!
//! ### 3. Concentration Review (经营者集中审查, Articles 26-33)
//!
//! SAMR (State Administration for Market Regulation) merger review
//!
//! ### 4. Administrative Monopoly (行政性垄断, Articles 34-42)
//!
//! Government actions restricting competition
//!
//! ## Merger Filing Thresholds (Article 26)
//!
//! Filing required if:
//! - Combined global turnover > 10 billion RMB AND at least 2 parties > 400 million RMB in China
//! - Combined China turnover > 2 billion RMB AND at least 2 parties > 400 million RMB in China

use crate::i18n::BilingualText;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use thiserror::Error;

// ============================================================================
// Types
// ============================================================================

/// Monopolistic conduct type (垄断行为类型)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MonopolisticConductType {
    /// Monopoly agreement (垄断协议)
    MonopolyAgreement,
    /// Abuse of market dominance (滥用市场支配地位)
    AbuseOfDominance,
    /// Prohibited concentration (禁止的经营者集中)
    ProhibitedConcentration,
    /// Administrative monopoly (行政性垄断)
    AdministrativeMonopoly,
}

impl MonopolisticConductType {
    /// Get bilingual description
    pub fn description(&self) -> BilingualText {
        match self {
            Self::MonopolyAgreement => BilingualText::new("垄断协议", "Monopoly agreement"),
            Self::AbuseOfDominance => {
                BilingualText::new("滥用市场支配地位", "Abuse of market dominance")
            }
            Self::ProhibitedConcentration => {
                BilingualText::new("禁止的经营者集中", "Prohibited concentration")
            }
            Self::AdministrativeMonopoly => {
                BilingualText::new("行政性垄断", "Administrative monopoly")
            }
        }
    }
}

/// Monopoly agreement type (垄断协议类型)
///
/// Articles 17-18
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MonopolyAgreementType {
    /// Horizontal - Price fixing (固定价格)
    HorizontalPriceFixing,
    /// Horizontal - Output restriction (限制产量)
    HorizontalOutputRestriction,
    /// Horizontal - Market division (分割市场)
    HorizontalMarketDivision,
    /// Horizontal - Bid rigging (联合抵制交易)
    HorizontalBidRigging,
    /// Vertical - Resale price maintenance (固定转售价格)
    VerticalResalePriceMaintenance,
    /// Vertical - Minimum resale price (限定最低转售价格)
    VerticalMinimumResalePrice,
}

impl MonopolyAgreementType {
    /// Get bilingual description
    pub fn description(&self) -> BilingualText {
        match self {
            Self::HorizontalPriceFixing => {
                BilingualText::new("横向价格固定", "Horizontal price fixing")
            }
            Self::HorizontalOutputRestriction => {
                BilingualText::new("限制产量", "Output restriction")
            }
            Self::HorizontalMarketDivision => BilingualText::new("分割市场", "Market division"),
            Self::HorizontalBidRigging => BilingualText::new("联合抵制交易", "Bid rigging"),
            Self::VerticalResalePriceMaintenance => BilingualText::new("固定转售价格", "RPM"),
            Self::VerticalMinimumResalePrice => {
                BilingualText::new("限定最低转售价格", "Minimum RPM")
            }
        }
    }

    /// Check if horizontal agreement (Article 17)
    pub fn is_horizontal(&self) -> bool {
        matches!(
            self,
            Self::HorizontalPriceFixing
                | Self::HorizontalOutputRestriction
                | Self::HorizontalMarketDivision
                | Self::HorizontalBidRigging
        )
    }

    /// Check if vertical agreement (Article 18)
    pub fn is_vertical(&self) -> bool {
        matches!(
            self,
            Self::VerticalResalePriceMaintenance | Self::VerticalMinimumResalePrice
        )
    }
}

/// Monopoly agreement (垄断协议)
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MonopolyAgreement {
    /// Agreement parties
    pub parties: Vec<String>,
    /// Agreement type
    pub agreement_type: MonopolyAgreementType,
    /// Description
    pub description: BilingualText,
    /// Agreement date
    pub agreement_date: DateTime<Utc>,
    /// Relevant market
    pub relevant_market: BilingualText,
}

/// Abuse of dominance type (滥用支配地位类型)
///
/// Article 22
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AbuseType {
    /// Unfair pricing (不公平高价)
    UnfairPricing,
    /// Below-cost selling (低于成本销售)
    BelowCostSelling,
    /// Refusal to deal (拒绝交易)
    RefusalToDeal,
    /// Exclusive dealing (限定交易)
    ExclusiveDealing,
    /// Tying and bundling (搭售)
    TyingAndBundling,
    /// Discriminatory treatment (差别待遇)
    DiscriminatoryTreatment,
}

impl AbuseType {
    /// Get bilingual description
    pub fn description(&self) -> BilingualText {
        match self {
            Self::UnfairPricing => BilingualText::new("不公平高价", "Unfair pricing"),
            Self::BelowCostSelling => BilingualText::new("低于成本销售", "Below-cost selling"),
            Self::RefusalToDeal => BilingualText::new("拒绝交易", "Refusal to deal"),
            Self::ExclusiveDealing => BilingualText::new("限定交易", "Exclusive dealing"),
            Self::TyingAndBundling => BilingualText::new("搭售", "Tying and bundling"),
            Self::DiscriminatoryTreatment => {
                BilingualText::new("差别待遇", "Discriminatory treatment")
            }
        }
    }
}
