import React from "react";
import DOMPurify from "isomorphic-dompurify";

export function ProfileBio({ profile }) {
  const html = DOMPurify.sanitize(profile.bioHtml || "");
  const props = { className: "bio", dangerouslySetInnerHTML: { __html: html } };
  return React.createElement("div", props);
}

export async function loadProfile(req, res) {
  const profile = { bioHtml: req.body.bio };
  res.json({ rendered: ProfileBio({ profile }) });
}
