const CAMPAIGNS = {
  spring: { slug: 'spring', title: 'Spring sale', defaultHeadline: 'Up to 40% off', bannerHtml: '<strong>Spring</strong> sale' },
  launch: { slug: 'launch', title: 'New product', defaultHeadline: 'Meet the new model', bannerHtml: '<em>New</em>' },
};

function campaignFor(slug) {
  return Object.prototype.hasOwnProperty.call(CAMPAIGNS, slug) ? CAMPAIGNS[slug] : null;
}

module.exports = { campaignFor };
