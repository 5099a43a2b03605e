import React from "react";

export function ProfileBio({ profile }) {
  const html = profile.bioHtml || "";
  const props = { className: "bio", dangerouslySetInnerHTML: { __html: html } };  // cg-expect: CWE-79
  return React.createElement("div", props);
}

export async function loadProfile(req, res) {
  const profile = { bioHtml: req.body.bio };
  res.json({ rendered: ProfileBio({ profile }) });
}
